using StudyBot.Commands.Catalog;
using StudyBot.Core.Groups;

namespace StudyBot.Commands.Groups;

/// <summary>Options that several group commands share, declared once.</summary>
internal static class GroupOptions
{
    /// <summary>The option group commands name their group with.</summary>
    public const string NameOption = "name";

    public static OptionDefinition Name(bool required) =>
        new(NameOption, OptionType.String, required ? "The group's name" : "The group's name (default: the group of this channel)")
        {
            Required = required,
            MaxLength = GroupLimits.NameMaxLength,
            Autocomplete = required ? AutocompleteSource.None : AutocompleteSource.GroupNames,
        };

    public static OptionDefinition ExistingName(bool required) => Name(required) with { Autocomplete = AutocompleteSource.GroupNames };

    public static OptionDefinition TimeZone(string description) =>
        new("timezone", OptionType.String, description) { MaxLength = 64, Autocomplete = AutocompleteSource.TimeZones };

    public static OptionDefinition Description() =>
        OptionDefinition.OptionalText("description", "What the group is about", GroupLimits.DescriptionMaxLength);

    public static OptionDefinition Charter() =>
        OptionDefinition.OptionalText("charter", "The group's expectations of its members", GroupLimits.CharterMaxLength);
}
