using StudyBot.Commands.Catalog;

namespace StudyBot.Commands.Parsing;

/// <summary>A command line split into its command and raw option texts.</summary>
/// <param name="Registration">The command found in the catalog.</param>
/// <param name="RawOptions">Option name (lower case) to raw text, quotes removed.</param>
public sealed record TextCommand(CommandRegistration Registration, IReadOnlyDictionary<string, string> RawOptions);
