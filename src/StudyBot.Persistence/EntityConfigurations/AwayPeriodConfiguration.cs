using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;
using StudyBot.Core.Roles;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class AwayPeriodConfiguration : IEntityTypeConfiguration<AwayPeriod>
{
    public void Configure(EntityTypeBuilder<AwayPeriod> builder)
    {
        builder.ToTable("AwayPeriods");
        builder.Property(a => a.UserId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(RoleLimits.AwayNoteMaxLength);
        builder.HasIndex(a => new { a.WorkspaceId, a.UserId });
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
    }
}
