using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Handoffs;
using ChatAssistant.Features.Officers;
using ChatAssistant.Host.Officers;
using ChatAssistant.Transcripts;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Conversations;

/// <summary>One handed-off conversation: the transcript (redacted as stored), a reply form, and giving it back to the bot.</summary>
/// <remarks>Only the hand-off id is in the URL, never the resident's user id; another account's hand-off answers 404.</remarks>
public sealed class DetailModel(AccountDirectory accounts, HandoffStore handoffs, TranscriptStore transcripts, HandoffDesk desk)
    : ConsolePage
{
    private const int TranscriptLines = 100;

    public const int MaxReplyLength = HandoffEndpoints.MaxReplyLength;

    public Handoff Handoff { get; private set; } = null!;

    public string AccountName { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Read when the page is shown, not for a post that answers with a redirect.</summary>
    public IReadOnlyList<TranscriptEntry> Transcript => _transcript ??= transcripts.Read(Handoff.OaId, Handoff.UserId, TranscriptLines);

    private IReadOnlyList<TranscriptEntry>? _transcript;

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "sent")]
    public bool Sent { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet(long id) => Load(id) ? Page() : NotYours();

    public async Task<IActionResult> OnPostReplyAsync(long id)
    {
        if (!Load(id))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        var text = Text?.Trim() ?? "";
        if (text.Length is 0 or > MaxReplyLength)
        {
            Error = $"Nhập câu trả lời, tối đa {MaxReplyLength} ký tự.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await desk.ReplyAsync(Officer, id, text) is null
            ? NotYours()
            : Redirect(string.Create(CultureInfo.InvariantCulture, $"/console/conversations/{id}?sent=true"));
    }

    public async Task<IActionResult> OnPostReleaseAsync(long id)
    {
        if (!Load(id))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        return await desk.ReleaseAsync(Officer, id) ? Redirect("/console/conversations?released=true") : NotYours();
    }

    private bool Load(long id)
    {
        if (handoffs.Find(id) is not { IsOpen: true } handoff
            || accounts.VisibleTo(Officer).FirstOrDefault(a => a.OaId == handoff.OaId) is not { } account)
        {
            return false;
        }
        Handoff = handoff;
        AccountName = account.Name;
        ExpiresAt = handoffs.ExpiresAt(handoff);
        return true;
    }
}
