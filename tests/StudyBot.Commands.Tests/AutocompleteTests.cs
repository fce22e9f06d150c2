using StudyBot.Application;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core;
using StudyBot.Testing;

namespace StudyBot.Commands.Tests;

public sealed class AutocompleteTests : IDisposable
{
    private readonly CommandHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task GroupNames_AreSuggestedFromThisWorkspaceOnly_PrefixMatchesFirst()
    {
        await _harness.RunAsync("/group create name:\"Club Algo\"");
        await _harness.RunAsync("/group create name:\"Algo Club\"");
        await _harness.RunAsync("/group create name:\"Chess\"");
        _harness.Workspace = new(Platform.Discord, "other");
        await _harness.RunAsync("/group create name:\"Algo Elsewhere\"");

        var names = await SuggestAsync(AutocompleteSource.GroupNames, "algo", new WorkspaceRef(Platform.Console, "console"));

        Assert.Equal(["Algo Club", "Club Algo"], names);
    }

    [Fact]
    public async Task GroupNames_InAnUnknownWorkspace_AreEmpty()
    {
        var names = await SuggestAsync(AutocompleteSource.GroupNames, string.Empty, new WorkspaceRef(Platform.Slack, "T-new"));

        Assert.Empty(names);
    }

    [Fact]
    public async Task TimeZones_AreCappedAtDiscordsLimitWithPrefixMatchesFirst()
    {
        var zones = await SuggestAsync(AutocompleteSource.TimeZones, "berlin", new WorkspaceRef(Platform.Console, "console"));
        var all = await SuggestAsync(AutocompleteSource.TimeZones, "a", new WorkspaceRef(Platform.Console, "console"));

        Assert.Equal("Europe/Berlin", zones[0]);
        Assert.Equal(Autocomplete.MaxChoices, all.Count);
        Assert.StartsWith("A", all[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Commands_AreSuggestedFromTheCatalog()
    {
        var paths = await SuggestAsync(AutocompleteSource.Commands, "timezone", new WorkspaceRef(Platform.Console, "console"));

        Assert.Equal(["timezone set", "timezone show"], paths);
    }

    private async Task<IReadOnlyList<string>> SuggestAsync(AutocompleteSource source, string typed, WorkspaceRef workspace)
    {
        await using var scope = _harness.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Autocomplete>().SuggestAsync(source, typed, workspace, CancellationToken.None);
    }
}
