using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class CheckinPauseConfiguration : IEntityTypeConfiguration<CheckinPause>
{
    public void Configure(EntityTypeBuilder<CheckinPause> builder)
    {
        builder.ToTable("CheckinPauses");
        builder.Property(p => p.UserId).HasMaxLength(64);
        builder.HasIndex(p => new { p.GroupId, p.UserId });
        builder.HasOne<Group>().WithMany().HasForeignKey(p => p.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
