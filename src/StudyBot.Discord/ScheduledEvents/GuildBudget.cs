namespace StudyBot.Discord.ScheduledEvents;

/// <summary>
/// Discord's limit of 100 scheduled or active events per guild, as far as StudyBot knows: the events it
/// holds, and whether Discord already said the guild is full (events people made count too).
/// </summary>
internal sealed class GuildBudget(int live)
{
    public const int Limit = 100;

    public int Live { get; set; } = live;

    public bool Full { get; set; }

    public bool CanCreate => !Full && Live < Limit;
}
