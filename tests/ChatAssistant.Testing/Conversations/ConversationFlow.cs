using System.Runtime.CompilerServices;
using System.Text;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Messaging.Dispatch;
using ChatAssistant.Messaging.Inbox;
using ChatAssistant.Messaging.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Testing.Conversations;

/// <summary>
/// A resident's conversation, written as the resident lives it: send a line, expect the answer.
/// Steps chain and run in order when the flow is awaited:
/// <code>await harness.Resident().Send("xin chào").AssertReplyContains("Xin chào").Send("1")...;</code>
/// Each turn goes through the service's turn runner and commits to SQLite; replies are read back
/// from the outbox, so what is asserted is what would have been sent.
/// </summary>
public sealed class ConversationFlow
{
    private readonly ConversationHarness _harness;
    private readonly Queue<OutboundMessage> _replies = new();
    private readonly List<string> _transcript = [];
    private long _lastOutboxId;
    private Task _chain = Task.CompletedTask;

    internal ConversationFlow(ConversationHarness harness, string accountId, string userId)
    {
        _harness = harness;
        AccountId = accountId;
        UserId = userId;
    }

    public string AccountId { get; }
    public string UserId { get; }

    public ConversationFlow Send(string text) => Turn("user_send_text", ActivityType.Message, a => a with { Text = text }, $"> {text}");

    public ConversationFlow SendAttachment(AttachmentKind kind, string url = "https://example.invalid/anh.jpg") =>
        Turn($"user_send_{kind.ToString().ToLowerInvariant()}", ActivityType.Message, a => a with { Attachments = [new Attachment(kind, url)] }, $"> [{kind}]");

    /// <summary>Media with what the channel told about them (name, declared size), several in one message when given.</summary>
    public ConversationFlow SendMedia(params Attachment[] attachments) =>
        Turn("user_send_file", ActivityType.Message, a => a with { Attachments = attachments }, $"> [{attachments.Length} media]");

    public ConversationFlow SendLocation(double latitude, double longitude, string? address = null) =>
        Turn("user_send_location", ActivityType.Message, a => a with { Location = new GeoLocation(latitude, longitude, address) }, $"> [location {latitude}, {longitude}]");

    public ConversationFlow SubmitInfo(SubmittedInfo info) =>
        Turn("user_submit_info", ActivityType.SubmitInfo, a => a with { SubmittedInfo = info }, "> [shared info]");

    public ConversationFlow Follow() => Turn("follow", ActivityType.Follow, a => a, "> [follow]");

    public ConversationFlow Unfollow() => Turn("unfollow", ActivityType.Unfollow, a => a, "> [unfollow]");

    /// <summary>An event the service raises on this resident's lane (see <c>ServiceEvents</c>).</summary>
    public ConversationFlow RaiseEvent(string name, string value) =>
        Turn(ServiceEvents.InboxEventName, ActivityType.Event, a => a with { Name = name, Value = value, MessageId = null }, $"~ [event {name}]");

    public ConversationFlow StartChat() => Turn("user_click_chatnow", ActivityType.ConversationStart, a => a, "> [open chat]");

    /// <summary>Two messages from this resident arriving at the same moment (two webhook deliveries in parallel).</summary>
    public ConversationFlow SendTogether(string first, string second) => Then(async () =>
    {
        _transcript.Add($"> {first}  ||  > {second}");
        await Task.WhenAll(RunTurnAsync("user_send_text", ActivityType.Message, a => a with { Text = first }),
            RunTurnAsync("user_send_text", ActivityType.Message, a => a with { Text = second })).ConfigureAwait(false);
        CollectReplies();
    });

    /// <summary>Moves the harness clock (idle expiry, dates relative to today).</summary>
    public ConversationFlow Wait(TimeSpan time) => Then(() =>
    {
        _harness.Clock.Advance(time);
        _transcript.Add($"~ {time} later");
        return Task.CompletedTask;
    });

    public ConversationFlow AssertReply(Action<OutboundMessage> check) => Then(() =>
    {
        check(NextReply());
        return Task.CompletedTask;
    });

    public ConversationFlow AssertReplyContains(params string[] fragments) => Then(() =>
    {
        var reply = NextReply();
        var missing = fragments.Where(f => !TextOf(reply).Contains(f, StringComparison.Ordinal)).ToList();
        return missing.Count == 0 ? Task.CompletedTask : Fail($"the reply lacks {string.Join(", ", missing.Select(m => $"\"{m}\""))}");
    });

    public ConversationFlow AssertReplyIsOneOf(params string[] candidates) => Then(() =>
    {
        var reply = NextReply();
        return candidates.Contains(TextOf(reply)) ? Task.CompletedTask : Fail("the reply is none of the expected texts");
    });

    /// <summary>Hands every reply not yet asserted to <paramref name="take"/> (possibly none), for scorers that judge a turn whole.</summary>
    public ConversationFlow TakeReplies(Action<IReadOnlyList<OutboundMessage>> take) => Then(() =>
    {
        var replies = new List<OutboundMessage>();
        while (_replies.TryDequeue(out var reply))
        {
            replies.Add(reply);
        }
        take(replies);
        return Task.CompletedTask;
    });

    /// <summary>What a resident reads of a message: its text, or the title of a card.</summary>
    public static string TextOf(OutboundMessage message) => message.Kind switch
    {
        OutboundMessageKind.RequestUserInfo => $"[card] {message.Title}",
        OutboundMessageKind.Image => $"[image] {message.Text}",
        _ => message.Text,
    };

    public ConversationFlow AssertNoReply() => Then(() =>
        _replies.Count == 0 ? Task.CompletedTask : Fail($"expected no reply, got \"{TextOf(_replies.Peek())}\""));

    public TaskAwaiter GetAwaiter() => _chain.GetAwaiter();

    private ConversationFlow Turn(string eventName, ActivityType type, Func<Activity, Activity> shape, string line) => Then(async () =>
    {
        _transcript.Add(line);
        await RunTurnAsync(eventName, type, shape).ConfigureAwait(false);
        CollectReplies();
    });

    private async Task RunTurnAsync(string eventName, ActivityType type, Func<Activity, Activity> shape)
    {
        var services = _harness.Services;
        var inbox = services.GetRequiredService<MessageInbox>();
        // A real inbox row (kept out of dispatch) gives the turn a real id for its idempotency keys.
        var id = await inbox.StoreIncomingAsync(new IncomingEvent(AccountId, UserId, eventName, Guid.NewGuid().ToString("N"), "{}", InboxStatus.Ignored)).ConfigureAwait(false);
        var activity = shape(new Activity
        {
            Type = type,
            AccountId = AccountId,
            UserId = UserId,
            ChannelEventName = eventName,
            MessageId = Guid.NewGuid().ToString("N"),
            Timestamp = _harness.Clock.GetUtcNow(),
        });
        var envelope = new InboxMessage(id!.Value, AccountId, UserId, eventName, "{}", _harness.Clock.GetUtcNow().ToUnixTimeMilliseconds(), 0);
        await services.GetRequiredService<TurnRunner>().RunActivityAsync(envelope, activity, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// The replies to this resident written since the last look, read page by page: a harness shared by many
    /// residents (an evaluation of a hundred conversations) holds thousands of open rows, most of them others'.
    /// </summary>
    private void CollectReplies()
    {
        var outbox = _harness.Services.GetRequiredService<MessageOutbox>();
        while (outbox.ReadOpenOutgoing(_lastOutboxId, OutboxPage) is { Count: > 0 } page)
        {
            foreach (var row in page)
            {
                _lastOutboxId = row.Id;
                if (row.UserId != UserId || row.OaId != AccountId)
                {
                    continue;
                }
                var message = MessageOutbox.ReadBody(row);
                _replies.Enqueue(message);
                _transcript.Add($"< {TextOf(message)}");
            }
        }
    }

    private const int OutboxPage = 1000;

    private OutboundMessage NextReply() =>
        _replies.TryDequeue(out var reply) ? reply : throw new ConversationAssertionException($"Expected a reply, got none.\n{Transcript()}");

    private Task Fail(string problem) => Task.FromException(new ConversationAssertionException($"{problem}.\n{Transcript()}"));

    private string Transcript() => new StringBuilder("Conversation so far:\n").AppendJoin('\n', _transcript).ToString();

    private ConversationFlow Then(Func<Task> step)
    {
        var previous = _chain;
        _chain = Chain(previous, step);
        return this;
    }

    private static async Task Chain(Task previous, Func<Task> step)
    {
        await previous.ConfigureAwait(false);
        await step().ConfigureAwait(false);
    }
}
