using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Slack.Tests.Fakes;

/// <summary>A button that opens a form, and the form's submission: the protocol path, apart from any real feature.</summary>
public sealed class FakeFormHandler : IComponentHandler
{
    public static string Key => "fake-form";

    public Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Arguments is [var id, "open"])
        {
            return Task.FromResult(new Reply
            {
                Text = "Check-in",
                Form = new FormRequest($"fake-form:{id}:submit", "Weekly check-in for Algo Club", [new FormField("did", "What I did", MultiLine: true), new FormField("blockers", "Blockers", Required: false)]),
            });
        }

        var did = invocation.FormValues.GetValueOrDefault("did", string.Empty);
        return Task.FromResult(did.Length < 3
            ? Reply.Error("Say a little more about what you did (at least 3 characters).")
            : Reply.Private($"Checked in, {invocation.Invoker.DisplayName}: {did}"));
    }
}
