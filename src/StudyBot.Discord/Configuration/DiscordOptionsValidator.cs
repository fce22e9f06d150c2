using System.Globalization;
using Microsoft.Extensions.Options;

namespace StudyBot.Discord.Configuration;

/// <summary>Checks the settings at start so a misconfiguration fails with one line that says what to fix.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            problems.Add("Discord:Token is missing: set it (e.g. environment variable Discord__Token) to the bot token from the Developer Portal's Bot page.");
        }
        else if (!IsSnowflake(options.ApplicationId))
        {
            problems.Add("Discord:ApplicationId is missing or not a number: copy the Application ID from the Developer Portal's General Information page into Discord:ApplicationId.");
        }

        if (!string.IsNullOrWhiteSpace(options.PublicKey) && !IsHex(options.PublicKey, 64))
        {
            problems.Add("Discord:PublicKey must be the 64 hex characters of the Developer Portal's Public Key.");
        }

        if (!string.IsNullOrWhiteSpace(options.DevGuildId) && !IsSnowflake(options.DevGuildId))
        {
            problems.Add("Discord:DevGuildId must be a guild id (digits); copy it with Developer Mode on.");
        }

        if (options.ShardCount is { } count && (count < 1 || options.FirstShard < 0 || (options.LastShard ?? count - 1) >= count || options.FirstShard > (options.LastShard ?? count - 1)))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"Discord shards: this instance must run ids FirstShard..LastShard within 0..{count - 1} of ShardCount {count}."));
        }

        if (options.EventSyncInterval < TimeSpan.FromSeconds(1))
        {
            problems.Add("Discord:EventSyncInterval must be at least one second, e.g. 00:05:00.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsSnowflake(string? value) => !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit) && value.Length <= 20;

    private static bool IsHex(string value, int length) => value.Length == length && value.All(char.IsAsciiHexDigit);
}
