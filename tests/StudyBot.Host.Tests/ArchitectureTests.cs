using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using StudyBot.Commands.Routing;

namespace StudyBot.Host.Tests;

/// <summary>
/// Dependencies point inward: Core knows nothing of ours; the application layer only Core and the store;
/// Commands, Scheduling and the adapters sit on the application layer; nothing outside Commands touches a
/// command handler, and no production code carries the test clock.
/// </summary>
public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("StudyBot.Core", new string[0])]
    [InlineData("StudyBot.Persistence", new[] { "StudyBot.Core" })]
    [InlineData("StudyBot.Application", new[] { "StudyBot.Core", "StudyBot.Persistence" })]
    [InlineData("StudyBot.Commands", new[] { "StudyBot.Core", "StudyBot.Persistence", "StudyBot.Application" })]
    [InlineData("StudyBot.Scheduling", new[] { "StudyBot.Core", "StudyBot.Persistence", "StudyBot.Application" })]
    [InlineData("StudyBot.Discord", new[] { "StudyBot.Core", "StudyBot.Persistence", "StudyBot.Application", "StudyBot.Commands" })]
    [InlineData("StudyBot.Slack", new[] { "StudyBot.Core", "StudyBot.Persistence", "StudyBot.Application", "StudyBot.Commands" })]
    public void EachLayer_ReferencesOnlyTheLayersBeneathIt(string assembly, string[] allowed)
    {
        var ours = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("StudyBot.", StringComparison.Ordinal));

        Assert.All(ours, name => Assert.Contains(name, allowed));
    }

    [Theory]
    [InlineData("StudyBot.Scheduling")]
    [InlineData("StudyBot.Discord")]
    [InlineData("StudyBot.Slack")]
    public void NothingOutsideTheCommandLayer_UsesACommandHandler(string assembly)
    {
        var handlers = typeof(ICommandHandler).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i == typeof(ICommandHandler) || i == typeof(IComponentHandler)))
            .Select(t => t.FullName!)
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(handlers);
        Assert.DoesNotContain(TypeReferences(assembly), handlers.Contains);
    }

    [Theory]
    [InlineData("StudyBot.Core")]
    [InlineData("StudyBot.Persistence")]
    [InlineData("StudyBot.Application")]
    [InlineData("StudyBot.Commands")]
    [InlineData("StudyBot.Scheduling")]
    [InlineData("StudyBot.Discord")]
    [InlineData("StudyBot.Slack")]
    [InlineData("StudyBot")]
    public void NoProductionAssembly_CarriesTheTestClock(string assembly)
    {
        Assert.DoesNotContain(Assembly.Load(assembly).GetReferencedAssemblies(), a => a.Name == "Microsoft.Extensions.TimeProvider.Testing");
    }

    // Every type the assembly's code names, read from its metadata: what it uses, not just what it could load.
    private static IEnumerable<string> TypeReferences(string assembly)
    {
        using var stream = File.OpenRead(Assembly.Load(assembly).Location);
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.TypeReferences
            .Select(handle => metadata.GetTypeReference(handle))
            .Select(type => $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}")
            .ToList();
    }
}
