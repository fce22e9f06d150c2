using StudyBot.Application;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands.Routing;
using StudyBot.Application.Members;
using StudyBot.Commands.Timezone;
using StudyBot.Core;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests.Timezone;

/// <summary>A platform's profile zone is a user's default; their own /timezone set wins over it.</summary>
public sealed class PlatformTimeZoneTests : IDisposable
{
    private readonly ProfileZones _slack = new();
    private readonly CommandHarness _harness;

    public PlatformTimeZoneTests()
    {
        _harness = new CommandHarness(s => s.AddSingleton<IPlatformTimeZones>(_slack)) { Workspace = new WorkspaceRef(Platform.Slack, "T1") };
    }

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task OwnSetting_WinsOverTheProfileZone()
    {
        _slack.Zones["U1"] = "America/New_York";
        await _harness.RunAsync("/timezone set zone:Asia/Tokyo", @as: "U1");

        var reply = await _harness.RunAsync("/timezone show", @as: "U1");

        Assert.StartsWith("Your time zone is Asia/Tokyo;", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnusableProfileZone_IsIgnored()
    {
        _slack.Zones["U1"] = "Mars/Olympus_Mons";

        var reply = await _harness.RunAsync("/timezone show", @as: "U1");

        Assert.StartsWith("You have not set a time zone", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPlatformsSource_IsNotAsked()
    {
        _slack.Zones["U1"] = "America/New_York";
        _harness.Workspace = new WorkspaceRef(Platform.Discord, "G1");

        var reply = await _harness.RunAsync("/timezone show", @as: "U1");

        Assert.StartsWith("You have not set a time zone", reply.Text, StringComparison.Ordinal);
    }

    private sealed class ProfileZones : IPlatformTimeZones
    {
        public Dictionary<string, string> Zones { get; } = [];

        public Platform Platform => Platform.Slack;

        public Task<string?> FindAsync(WorkspaceRef workspace, string userId, CancellationToken cancellationToken) =>
            Task.FromResult(Zones.GetValueOrDefault(userId));
    }
}
