using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Conversation.Dialogs;

/// <summary>A piece of conversation that can span turns, kept on a stack between them.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Raise it when a change makes stored instances unusable (steps reordered, state renamed).</summary>
    public virtual int Version => 1;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The resident answered while this dialog was on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the current question again (after help, or after an interruption was declined).</summary>
    public virtual Task RepromptAsync(ITurnContext turn, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task EndAsync(ITurnContext turn, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The catalogue key of the help for where this instance stands; null to use the caller's default.</summary>
    public virtual string? HelpTextKey(DialogContext dc, DialogInstance instance) => null;

    /// <summary>
    /// Whether this dialog takes <paramref name="text"/> as its own answer although it is also a word every flow obeys:
    /// where "1. Đổi 2. Hủy lịch hẹn" was asked, "hủy" picks the option rather than leaving the flow (issue 14).
    /// </summary>
    public virtual bool Claims(DialogContext dc, DialogInstance instance, string? text) => false;

    /// <summary>
    /// Whether a question asked while this dialog waits may be answered on the side (then its question is asked again).
    /// A dialog that takes any text as its answer, such as the story of a report, says no.
    /// </summary>
    public virtual bool AcceptsAsides => true;

    /// <summary>
    /// Whether, where <see cref="AcceptsAsides"/> says no, a message that plainly asks about the service itself ("xin hỏi,
    /// nếu tôi dừng giữa chừng thì những gì đã nhắn có được lưu không?") is still answered on the side. The story of a
    /// report says yes: such a question is not part of what happened.
    /// </summary>
    public virtual bool AcceptsQuestionsAboutTheService => AcceptsAsides;

    /// <summary>
    /// The text said when the resident cancels the flow this dialog began ("Đã hủy thao tác, chưa đặt lịch", "tin báo chưa
    /// được gửi"): what became of what they were doing, in its own words. Null says the runtime's general text.
    /// </summary>
    public virtual string? CancelledTextKey(DialogContext dc, DialogInstance instance) => null;

    /// <summary>
    /// Whether a message that is clearly a new request, and not this dialog's answer, ends the flow and goes to the front
    /// door: true for questions that only look something up, where leaving loses nothing.
    /// </summary>
    public virtual bool YieldsToNewRequests(DialogContext dc, DialogInstance instance) => false;

    /// <summary>
    /// Takes the message as a correction of an answer given earlier in this dialog ("à nhầm, thứ 6 chứ" at the phone
    /// question of a booking) and goes back to the question after it, returning true; false leaves the message to the
    /// question now asked. Asked of every dialog on the stack, the innermost first, before the waiting question.
    /// </summary>
    public virtual Task<bool> TryCorrectAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    /// <summary>Whether leaving now would lose what the resident already gave (then leaving is confirmed first).</summary>
    public virtual bool HoldsData(DialogContext dc, DialogInstance instance) => false;

    /// <summary>
    /// Whether this dialog, on the stack, means the resident is in the middle of something: an event the service raises
    /// (a survey) waits its turn. Numbered next steps that any new message replaces say no.
    /// </summary>
    public virtual bool KeepsResidentBusy => true;

    /// <summary>
    /// Whether what the resident says in this dialog is private (a tip-off): every turn it is on the stack for is kept
    /// out of the clear-text records the service keeps of conversations.
    /// </summary>
    public virtual bool IsPrivate => false;

    /// <summary>Whether a stored instance can still be run by this build.</summary>
    public virtual bool Fits(DialogContext dc, DialogInstance instance) => instance.Version == Version;
}
