using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Features.Followers;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.Broadcasts;

/// <summary>
/// Compose a notice. "Xem trước" stores it as a draft and shows who it reaches and how it reads; "Gửi" sends exactly
/// that draft, so what goes out is what was previewed.
/// </summary>
public sealed class NewModel(AccountDirectory accounts, BroadcastDesk desk, BroadcastStore store, FollowerRegistry followers, TimeProvider clock)
    : ConsolePage
{
    [BindProperty]
    public ComposeForm Form { get; set; } = new();

    /// <summary>The draft the preview was made from; replaced when the officer previews again.</summary>
    [BindProperty]
    public long? DraftId { get; set; }

    public BroadcastPreview? Preview { get; private set; }

    public Dictionary<string, string> Problems { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    public string? Problem(string field) => Problems.GetValueOrDefault(field);

    public IActionResult OnGet()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        Tags = followers.Tags(Account.OaId);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        Tags = followers.Tags(Account.OaId);
        if (Form.ToNotice(Account.OaId, clock.GetUtcNow(), Problems) is not { } notice)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // The earlier preview's draft is withdrawn: only the words previewed last can be sent.
        if (DraftId is { } earlier && store.Find(earlier) is { Status: BroadcastStatus.Draft } old && old.OaId == Account.OaId)
        {
            await desk.CancelAsync(Officer, Account.OaId, earlier);
        }
        var outcome = await desk.ComposeAsync(Officer, notice);
        DraftId = outcome.Id;
        Preview = outcome.Id is { } id ? await desk.PreviewAsync(Officer, Account.OaId, id) : null;
        ModelState.Remove(nameof(DraftId));
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        if (DraftId is not { } id)
        {
            return RedirectToPage();
        }
        var outcome = await desk.SendAsync(Officer, Account.OaId, id);
        if (outcome.Refusal is BroadcastRefusal.NotFound)
        {
            return NotYours();
        }
        var code = outcome.Refusal switch
        {
            null => outcome.Status == BroadcastStatus.Scheduled ? "done=schedule" : "done=send",
            BroadcastRefusal.NeedsApproval => "problem=needs-approval",
            _ => "problem=wrong-status",
        };
        return Redirect(string.Create(CultureInfo.InvariantCulture, $"/console/broadcasts/{id}?{code}"));
    }
}
