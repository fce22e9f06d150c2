namespace StudyBot.Commands.Catalog;

/// <summary>Who may run a command; shown in help and checked by the router against the group the command names.</summary>
public enum CommandAccess
{
    /// <summary>Anyone in the workspace.</summary>
    Anyone,

    /// <summary>Members of the group named in the command.</summary>
    GroupMember,

    /// <summary>Organizers of the group (and workspace admins).</summary>
    GroupOrganizer,
}
