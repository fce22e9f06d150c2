using StudyBot.Commands.Catalog;

namespace StudyBot.Commands.Meetings;

/// <summary>Options the meeting commands share, declared once.</summary>
internal static class MeetingOptions
{
    public const int TitleMaxLength = 100;
    public const int LocationMaxLength = 500;
    public const int AgendaMaxLength = 1000;

    /// <summary>The option meeting commands name their group with.</summary>
    public const string GroupOption = "group";

    public static OptionDefinition Group() =>
        new(GroupOption, OptionType.String, "The group (default: the group of this channel)") { MaxLength = 80, Autocomplete = AutocompleteSource.GroupNames };

    public static OptionDefinition Meeting() =>
        new("meeting", OptionType.String, "The meeting's #number or title (default: the group's only meeting)") { MaxLength = TitleMaxLength };

    public static OptionDefinition Date(bool required, string description) =>
        new("date", OptionType.String, description) { Required = required, MaxLength = 40 };
}
