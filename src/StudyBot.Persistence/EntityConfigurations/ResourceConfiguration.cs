using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StudyBot.Core.Groups;
using StudyBot.Core.Resources;

namespace StudyBot.Persistence.EntityConfigurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("Resources");
        builder.Property(r => r.Title).HasMaxLength(ResourceLimits.TitleMaxLength).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(ResourceLimits.UrlMaxLength).IsRequired();
        builder.Property(r => r.UrlKey).IsRequired();

        // Tags in one column, lower case and space-separated ("sicp lisp"): a tag filter is a LIKE on " " + Tags + " ".
        builder.Property(r => r.TagText).HasColumnName("Tags").HasMaxLength(ResourceLimits.StoredTagsMaxLength).IsRequired();
        builder.Ignore(r => r.Tags);
        builder.Property(r => r.Note).HasMaxLength(ResourceLimits.NoteMaxLength);
        builder.Property(r => r.AddedBy).HasMaxLength(64).IsRequired();

        // The same page is shared once per group; the digest reads a group's additions by time.
        builder.HasIndex(r => new { r.GroupId, r.UrlKey }).IsUnique();
        builder.HasIndex(r => new { r.GroupId, r.AddedAt });
        builder.HasOne<Group>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}
