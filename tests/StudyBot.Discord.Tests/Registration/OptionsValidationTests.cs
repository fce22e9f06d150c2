using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Configuration;

namespace StudyBot.Discord.Tests.Registration;

public sealed class OptionsValidationTests
{
    [Fact]
    public void TokenWithoutApplicationId_FailsWithOneLineThatSaysWhatToSet()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Discord:Token"] = "x" }));

        var line = Assert.Single(error.Failures);
        Assert.StartsWith("Discord:ApplicationId is missing", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void CompleteSettings_AreAccepted()
    {
        var options = Resolve(new() { ["Discord:Token"] = "x", ["Discord:ApplicationId"] = "100", ["Discord:ShardCount"] = "4", ["Discord:FirstShard"] = "2", ["Discord:LastShard"] = "3" });

        Assert.Equal(new Uri("https://discord.com/api/v10"), options.ApiBaseUrl);
        Assert.Equal(2, options.FirstShard);
    }

    [Fact]
    public void ShardRangeOutsideTheCount_IsRefused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Discord:Token"] = "x", ["Discord:ApplicationId"] = "100", ["Discord:ShardCount"] = "2", ["Discord:LastShard"] = "2" }));

        Assert.Contains("shards", Assert.Single(error.Failures), StringComparison.Ordinal);
    }

    private static DiscordOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddDiscordAdapter(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }
}
