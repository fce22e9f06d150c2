namespace StudyBot.Commands.Catalog;

/// <summary>One typed option of a command.</summary>
/// <param name="Name">Lowercase name as typed: <c>name:"Algo Club"</c>.</param>
/// <param name="Type">Value type.</param>
/// <param name="Description">One line for help and Discord (at most 100 characters).</param>
public sealed record OptionDefinition(string Name, OptionType Type, string Description)
{
    /// <summary>Must be given.</summary>
    public bool Required { get; init; }

    /// <summary>The only accepted values, when the set is fixed (at most 25).</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Where to suggest values from while typing.</summary>
    public AutocompleteSource Autocomplete { get; init; } = AutocompleteSource.None;

    /// <summary>Longest accepted string.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest accepted number.</summary>
    public long? MinValue { get; init; }

    /// <summary>Largest accepted number.</summary>
    public long? MaxValue { get; init; }

    /// <summary>A required string option.</summary>
    public static OptionDefinition RequiredText(string name, string description, int maxLength) =>
        new(name, OptionType.String, description) { Required = true, MaxLength = maxLength };

    /// <summary>An optional string option.</summary>
    public static OptionDefinition OptionalText(string name, string description, int maxLength) =>
        new(name, OptionType.String, description) { MaxLength = maxLength };
}
