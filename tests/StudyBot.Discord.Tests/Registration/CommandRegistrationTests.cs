using StudyBot.Discord.Registration;
using StudyBot.Discord.Tests.Fakes;

namespace StudyBot.Discord.Tests.Registration;

public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task Start_OverwritesCommandsOnce_ThenOnlyWhenChanged()
    {
        await using var host = await DiscordTestHost.CreateAsync();
        var registration = host.Get<CommandRegistrationService>();

        Assert.True(await registration.RegisterAsync(CancellationToken.None));
        Assert.False(await registration.RegisterAsync(CancellationToken.None));

        Assert.Single(host.Server.Requests, r => r.Method == "PUT");
        Assert.Equal("/applications/100/commands", host.Server.Requests.Single(r => r.Method == "PUT").Path);
        host.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task Catalog_BecomesCommandsWithSubcommandsTypedOptionsAndAutocomplete()
    {
        await using var host = await DiscordTestHost.CreateAsync(new() { ["Discord:DevGuildId"] = "555" });

        await host.Get<CommandRegistrationService>().RegisterAsync(CancellationToken.None);

        var put = host.Server.Requests.Single(r => r.Method == "PUT");
        Assert.Equal("/applications/100/guilds/555/commands", put.Path);
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var create = commands["group"].GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "create");
        Assert.Equal(1, create.GetProperty("type").GetInt32());
        var name = create.GetProperty("options")[0];
        Assert.Equal("name", name.GetProperty("name").GetString());
        Assert.True(name.GetProperty("required").GetBoolean());
        var zone = create.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "timezone");
        Assert.True(zone.GetProperty("autocomplete").GetBoolean());
        Assert.All(commands.Values, c => Assert.Equal("[0]", c.GetProperty("contexts").GetRawText()));
        var help = commands["help"].GetProperty("options")[0];
        Assert.Equal(3, help.GetProperty("type").GetInt32());
        Assert.Equal(5, commands["slow"].GetProperty("options")[0].GetProperty("type").GetInt32());
        host.AssertRequestsMatchOpenApi();
    }
}
