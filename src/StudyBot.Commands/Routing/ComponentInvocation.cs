using StudyBot.Application;

namespace StudyBot.Commands.Routing;

/// <summary>A button press or form submission, carrying the neutral action id the reply was built with.</summary>
/// <param name="ActionId">Such as <c>rsvp:42:going</c>; the part before the first colon picks the handler.</param>
/// <param name="Invoker">Who pressed or submitted.</param>
/// <param name="Channel">Where.</param>
/// <param name="Workspace">In which guild, team or console.</param>
/// <param name="FormValues">The submitted values for a form; empty for a button.</param>
public sealed record ComponentInvocation(string ActionId, Invoker Invoker, ChannelRef Channel, WorkspaceRef Workspace, IReadOnlyDictionary<string, string> FormValues)
{
    /// <summary>The handler key: the part before the first colon.</summary>
    public string Key => ActionId.Split(':', 2)[0];

    /// <summary>The arguments after the key.</summary>
    public IReadOnlyList<string> Arguments => ActionId.Split(':').Skip(1).ToArray();
}
