using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;
using StudyBot.Core.Roles;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class MeetingRoleConfiguration : IEntityTypeConfiguration<MeetingRole>
{
    public void Configure(EntityTypeBuilder<MeetingRole> builder)
    {
        builder.ToTable("MeetingRoles");
        builder.Property(r => r.Name).HasMaxLength(RoleLimits.NameMaxLength).IsRequired();
        builder.Property(r => r.NormalizedName).HasMaxLength(RoleLimits.NameMaxLength).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(RoleLimits.DescriptionMaxLength);
        builder.HasIndex(r => new { r.GroupId, r.NormalizedName }).IsUnique();
        builder.HasOne<Group>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
