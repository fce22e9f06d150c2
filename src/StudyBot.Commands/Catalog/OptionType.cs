namespace StudyBot.Commands.Catalog;

/// <summary>The type of a command option; each maps to a Discord option type and a text parser.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The names mirror Discord's option types.")]
public enum OptionType
{
    /// <summary>Free text.</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>true/false (also yes/no).</summary>
    Boolean,

    /// <summary>A user mention.</summary>
    User,

    /// <summary>A channel mention.</summary>
    Channel,
}
