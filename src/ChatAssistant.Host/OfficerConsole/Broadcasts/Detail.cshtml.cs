using System.Globalization;
using ChatAssistant.Features.Broadcasts;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Host.OfficerConsole.Broadcasts;

/// <summary>One notice: its report, a live progress bar, and the actions its status allows.</summary>
/// <remarks>A notice of an account the officer may not see answers 404 on every handler.</remarks>
public sealed class DetailModel(BroadcastStore store, BroadcastReports reports, BroadcastDesk desk, IOptions<BroadcastOptions> options)
    : ConsolePage
{
    public Broadcast Notice { get; private set; } = null!;

    public BroadcastReport Report { get; private set; } = null!;

    public bool NeedsApproval { get; private set; }

    /// <summary>Leaders and admins approve a draft awaiting approval, unless they wrote it.</summary>
    public bool CanApprove => Notice.Status == BroadcastStatus.Draft && NeedsApproval
        && BroadcastLeaders.CanApprove(Officer) && !BroadcastLeaders.IsAuthor(Officer, Notice);

    [BindProperty(SupportsGet = true, Name = "done")]
    public string? DoneCode { get; set; }

    [BindProperty(SupportsGet = true, Name = "problem")]
    public string? ProblemCode { get; set; }

    public IActionResult OnGet(long id)
    {
        if (!Load(id))
        {
            return NotYours();
        }
        return Page();
    }

    /// <summary>The progress fragment that console.js polls every 2 s.</summary>
    public IActionResult OnGetProgress(long id) => Load(id) ? Partial("_Progress", Report) : NotYours();

    public Task<IActionResult> OnPostSendAsync(long id) => ActAsync(id, "send", desk.SendAsync);

    public Task<IActionResult> OnPostApproveAsync(long id) => ActAsync(id, "approve", desk.ApproveAsync);

    public Task<IActionResult> OnPostPauseAsync(long id) => ActAsync(id, "pause", desk.PauseAsync);

    public Task<IActionResult> OnPostResumeAsync(long id) => ActAsync(id, "resume", desk.ResumeAsync);

    public Task<IActionResult> OnPostCancelAsync(long id) => ActAsync(id, "cancel", desk.CancelAsync);

    private async Task<IActionResult> ActAsync(long id, string action, Func<Officer, string, long, Task<BroadcastOutcome>> act)
    {
        if (!Load(id))
        {
            return NotYours();
        }
        if (!Officer.CanWork() || (action == "approve" && !BroadcastLeaders.CanApprove(Officer)))
        {
            return Denied();
        }
        var outcome = await act(Officer, Notice.OaId, id);
        var code = outcome.Refusal switch
        {
            null when outcome.Status == BroadcastStatus.Scheduled => "done=schedule",
            null => "done=" + action,
            BroadcastRefusal.NotFound => null,
            BroadcastRefusal.NeedsApproval => "problem=needs-approval",
            BroadcastRefusal.OwnNotice => "problem=own-notice",
            BroadcastRefusal.NotLeader => null,
            _ => "problem=wrong-status",
        };
        return outcome.Refusal switch
        {
            BroadcastRefusal.NotFound => NotYours(),
            BroadcastRefusal.NotLeader => Denied(),
            _ => Redirect(string.Create(CultureInfo.InvariantCulture, $"/console/broadcasts/{id}?{code}")),
        };
    }

    private bool Load(long id)
    {
        if (store.Find(id) is not { } notice || !Officer.CanSee(notice.OaId))
        {
            return false;
        }
        Notice = notice;
        Report = reports.Of(notice);
        NeedsApproval = options.Value.RequiresApproval(notice.OaId);
        return true;
    }
}
