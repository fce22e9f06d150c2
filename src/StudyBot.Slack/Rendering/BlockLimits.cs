namespace StudyBot.Slack.Rendering;

/// <summary>Block Kit limits from Slack's reference pages; rendering stays within them.</summary>
internal static class BlockLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int SectionText = 3000;
    public const int SectionFields = 10;
    public const int FieldText = 2000;
    public const int ActionsElements = 25;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int ModalTitle = 24;
    public const int InputLabel = 2000;
    public const int Placeholder = 150;
    public const int InputMaxLength = 3000;
    public const int PrivateMetadata = 3000;
    public const int FallbackText = 3000;
}
