using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Checkins;
using StudyBot.Core.Groups;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class CheckinConfiguration : IEntityTypeConfiguration<Checkin>
{
    public void Configure(EntityTypeBuilder<Checkin> builder)
    {
        builder.ToTable("Checkins");
        builder.Property(c => c.UserId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Did).HasMaxLength(Checkin.TextMaxLength).IsRequired();
        builder.Property(c => c.Blockers).HasMaxLength(Checkin.TextMaxLength);
        builder.HasIndex(c => new { c.GroupId, c.UserId, c.LocalDate });
        builder.HasIndex(c => new { c.GroupId, c.At });
        builder.HasOne<Group>().WithMany().HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
