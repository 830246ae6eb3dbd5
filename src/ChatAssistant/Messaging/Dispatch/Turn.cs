using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;
using Microsoft.Data.Sqlite;

namespace ChatAssistant.Messaging.Dispatch;

/// <summary>One activity being handled: what came in, and what the handler wants sent and saved.</summary>
public sealed class Turn(Activity activity, long inboxId)
{
    private readonly List<OutboundMessage> _replies = [];
    private readonly List<Action<SqliteConnection, SqliteTransaction>> _writes = [];
    private readonly List<Action> _afterCommit = [];

    public Activity Activity { get; } = activity;

    /// <summary>The inbox row behind the activity: what a side effect of the turn records to be done once.</summary>
    public long InboxId { get; } = inboxId;

    public IReadOnlyList<OutboundMessage> Replies => _replies;

    /// <summary>
    /// The turn belongs to a private flow (a tip-off): what it carries is never quoted, not even in a log or a parked
    /// row's error. Its replies, like every turn's, forget their words and their resident once delivered.
    /// </summary>
    public bool IsPrivate { get; set; }

    /// <summary>
    /// This turn's replies must not be lost to an outage (they carry a receipt code shown once): they are tried until
    /// Zalo's reply window closes instead of being given up after <see cref="MessagingOptions.SendExpiry"/>.
    /// </summary>
    public bool RepliesKeptUntilWindowCloses { get; set; }

    public IReadOnlyList<Action<SqliteConnection, SqliteTransaction>> Writes => _writes;

    public void Send(OutboundMessage message) => _replies.Add(message);

    public void SendText(string text) => _replies.Add(OutboundMessage.FromText(text));

    /// <summary>Things to do once the turn has committed (wake a background worker, remember what was said); not on failure.</summary>
    public IReadOnlyList<Action> AfterCommit => _afterCommit;

    public void OnCommitted(Action action) => _afterCommit.Add(action);

    /// <summary>Adds a state change to the turn's transaction. It may throw to abort the turn (e.g. a lost version race).</summary>
    public void Save(Action<SqliteConnection, SqliteTransaction> write) => _writes.Add(write);
}
