namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>Why the desk did not do what an officer asked.</summary>
public enum DeskRefusal
{
    /// <summary>No such report in the account (or an account the officer may not see).</summary>
    NotFound,

    /// <summary>The workflow does not go from the report's status to the one asked for.</summary>
    NotAllowed,

    /// <summary>The report is closed (handled, transferred, rejected): nothing moves it any more.</summary>
    Closed,

    /// <summary>Not a status of the workflow.</summary>
    UnknownStatus,

    /// <summary>Transferred needs where to, rejected needs why.</summary>
    NoteRequired,

    /// <summary>The text is empty where words are required.</summary>
    EmptyText,

    /// <summary>The text is longer than <see cref="TipOffDesk.MaxTextLength"/>.</summary>
    TextTooLong,

    /// <summary>The assignee does not exist, is disabled, or cannot see the account.</summary>
    UnknownOfficer,
}
