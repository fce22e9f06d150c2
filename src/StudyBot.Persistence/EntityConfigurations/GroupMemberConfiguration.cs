using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.ToTable("GroupMembers");
        builder.Property(m => m.UserId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.DisplayName).HasMaxLength(100).IsRequired();
        builder.HasIndex(m => new { m.GroupId, m.UserId }).IsUnique();
    }
}
