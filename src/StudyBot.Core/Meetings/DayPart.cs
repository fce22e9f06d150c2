using NodaTime;

namespace StudyBot.Core.Meetings;

/// <summary>
/// A part of the day typed instead of, or next to, a time: <c>tomorrow morning</c> is 09:00, and the
/// hour in <c>tonight 8</c> or <c>tomorrow evening 7:30</c> is read as pm.
/// </summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Default">The time meant when no hour is given.</param>
/// <param name="Afternoon">True when an hour from 1 to 11 given with it means pm.</param>
internal sealed record DayPart(string Word, LocalTime Default, bool Afternoon)
{
    private static readonly DayPart[] Known =
    [
        new("morning", new LocalTime(9, 0), false),
        new("afternoon", new LocalTime(15, 0), true),
        new("evening", new LocalTime(19, 0), true),
        new("tonight", new LocalTime(20, 0), true),
        new("night", new LocalTime(20, 0), true),
    ];

    /// <summary>Every part-of-day word, for suggestions.</summary>
    internal static IEnumerable<string> Words => Known.Select(p => p.Word);

    /// <summary>The part named by <paramref name="word"/>, or null.</summary>
    internal static DayPart? Find(string word) => Array.Find(Known, p => p.Word == word);

    /// <summary>The hour typed as a bare number next to this part: 8 is 20:00 in the evening, 9 is 09:00 in the morning.</summary>
    internal LocalTime? Hour(int hour) => hour switch
    {
        >= 1 and <= 11 => new LocalTime(Afternoon ? hour + 12 : hour, 0),
        // "tonight 12" could be noon's evening or midnight; the caller asks for 12pm or midnight instead.
        12 when !Afternoon => LocalTime.Noon,
        _ => null,
    };

    /// <summary>A time typed without am or pm, moved to the afternoon when this part says so ("tonight 8:30" is 20:30).</summary>
    internal LocalTime Adjust(LocalTime time) => Afternoon && time.Hour is >= 1 and < 12 ? time.PlusHours(12) : time;
}
