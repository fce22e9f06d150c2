using StudyBot.Application;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>Buttons <c>echo:...</c>: <c>echo:form</c> opens a form, anything else echoes its arguments and values.</summary>
public sealed class EchoComponent(TestSignals signals) : IComponentHandler
{
    public static string Key => "echo";

    public async Task<Reply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        await signals.Components.Writer.WriteAsync(invocation, cancellationToken);
        if (invocation.Arguments is ["form"])
        {
            return new Reply
            {
                Text = "form",
                Form = new FormRequest("echo:submitted", "Check in", [new FormField("did", "What I did", MultiLine: true), new FormField("blockers", "Blockers", Required: false, MaxLength: 200)]),
            };
        }

        var values = string.Join(',', invocation.FormValues.OrderBy(v => v.Key).Select(v => $"{v.Key}={v.Value}"));
        return Reply.Public($"echo {string.Join(',', invocation.Arguments)} by {invocation.Invoker.DisplayName} {values}".Trim());
    }
}
