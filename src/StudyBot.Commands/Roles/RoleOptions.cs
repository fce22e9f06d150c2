using StudyBot.Commands.Catalog;
using StudyBot.Core.Roles;

namespace StudyBot.Commands.Roles;

/// <summary>Options the role commands share.</summary>
internal static class RoleOptions
{
    public static OptionDefinition Name(string description) =>
        new("name", OptionType.String, description) { Required = true, MaxLength = RoleLimits.NameMaxLength, Autocomplete = AutocompleteSource.RoleNames };

    public static OptionDefinition Role(string description) =>
        new("role", OptionType.String, description) { Required = true, MaxLength = RoleLimits.NameMaxLength, Autocomplete = AutocompleteSource.RoleNames };
}
