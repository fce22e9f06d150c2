using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Meetings;
using StudyBot.Core.Roles;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> builder)
    {
        builder.ToTable("RoleAssignments");
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.HasIndex(a => new { a.SeriesId, a.Occurrence, a.RoleId }).IsUnique();

        // The rotation reads a group's history in start order.
        builder.HasIndex(a => new { a.GroupId, a.Start });
        builder.HasOne<MeetingSeries>().WithMany().HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MeetingRole>().WithMany().HasForeignKey(a => a.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}
