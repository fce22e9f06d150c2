using System.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary>
/// <c>/export</c>: answers with an .ics file and a native poll, like the calendar and poll features will;
/// <c>private:true</c> answers with the file alone, privately, as <c>/meeting export</c> does.
/// </summary>
public sealed class ExportCommand : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new(
        "export", "Exports a calendar", "export", CommandAccess.Anyone,
        [new OptionDefinition("private", OptionType.Boolean, "Answer privately")])
    {
        RepliesFor = options => options.GetValueOrDefault("private") is true ? ReplyVisibility.Private : ReplyVisibility.Public,
    };

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.GetBoolean("private") == true
            ? new Reply { Text = "Your calendar.", Attachments = [Calendar()], Ephemeral = true }
            : new Reply
            {
                Text = "Here is the calendar.",
                Attachments = [Calendar()],
                Poll = new ReplyPoll(77, "Which day?", ["Tuesday", "Thursday"], 24, AllowMultiple: false, Anonymous: false),
            });

    private static ReplyAttachment Calendar() =>
        new("meetings.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
}
