using System.Text;
using StudyBot.Commands.Catalog;
using StudyBot.Commands.Routing;
using StudyBot.Core.Messaging;

namespace StudyBot.Discord.Tests.Fakes;

/// <summary><c>/export</c>: answers with an .ics file and a native poll, like the calendar and poll features will.</summary>
public sealed class ExportCommand : ICommandHandler
{
    public static CommandDefinition Definition { get; } = new("export", "Exports a calendar", "export", CommandAccess.Anyone, []);

    public Task<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply
        {
            Text = "Here is the calendar.",
            Attachments = [new ReplyAttachment("meetings.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))],
            Poll = new ReplyPoll(77, "Which day?", ["Tuesday", "Thursday"], 24, AllowMultiple: false, Anonymous: false),
        });
}
