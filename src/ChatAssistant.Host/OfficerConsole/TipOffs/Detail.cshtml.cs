using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Features.TipOffs.Desk;
using Microsoft.AspNetCore.Mvc;

namespace ChatAssistant.Host.OfficerConsole.TipOffs;

/// <summary>One report opened: its words, timeline, evidence and who has seen it; and what officers do to it.</summary>
/// <remarks>
/// Opening goes through the desk, which writes the 'tipoff.view' audit row before anything is decrypted. Actions
/// answer with a redirect back here (so a reload does not post twice), carrying a short outcome code.
/// </remarks>
public sealed class DetailModel(AccountDirectory accounts, TipOffDesk desk, AuditTrail trail, OfficerStore officers) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    /// <summary>What the last action did ("status", "note", ...), after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Why the last action was refused (a <see cref="DeskRefusal"/> in lower case), after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Refused { get; set; }

    public TipOffCase Case { get; private set; } = null!;

    public IReadOnlyList<AuditEntry> Views { get; private set; } = [];

    private IReadOnlyList<OfficerListing> _officers = [];

    private Dictionary<long, string> _names = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!PickAccount(accounts) || await desk.OpenAsync(Officer, Account.OaId, Id) is not { } opened)
        {
            return NotYours();
        }
        Case = opened;
        Views = trail.OfSubject(Account.OaId, "tipoff.", Id.ToString(CultureInfo.InvariantCulture));
        _officers = officers.List();
        _names = _officers.ToDictionary(o => o.Id, o => o.Name);
        return Page();
    }

    public Task<IActionResult> OnPostStatusAsync(string? status, string? note) =>
        ActAsync("status", () => desk.ChangeStatusAsync(Officer, Account.OaId, Id, status, note));

    public Task<IActionResult> OnPostAssignAsync() =>
        ActAsync("assign", () => desk.AssignAsync(Officer, Account.OaId, Id, Officer.RecordedId));

    /// <summary>Gives the report to a colleague (the desk checks they may work on this account), or to nobody.</summary>
    public Task<IActionResult> OnPostAssignToAsync(long? assigneeId) =>
        ActAsync("assign", () => desk.AssignAsync(Officer, Account.OaId, Id, assigneeId));

    /// <summary>The handover document as a file, for the unit a report is transferred to; audited by the desk.</summary>
    /// <remarks>A POST: an export is recorded, and a GET could be fetched by a link or a prefetch.</remarks>
    public async Task<IActionResult> OnPostExportAsync()
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        if (await desk.ExportAsync(Officer, Account.OaId, Id) is not { } handover)
        {
            return NotYours();
        }
        var json = JsonSerializer.SerializeToUtf8Bytes(handover, ExportJson);
        return File(json, "application/json", string.Create(CultureInfo.InvariantCulture, $"tin-bao-{Id}.json"));
    }

    /// <summary>Indented, with Vietnamese letters as they are, for the officer who opens the file.</summary>
    private static readonly JsonSerializerOptions ExportJson = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Colleagues a report can be given to: enabled, working roles, on this account.</summary>
    public IEnumerable<OfficerListing> Assignable() =>
        _officers.Where(o => o.DisabledAt is null && o.Role != OfficerRole.Viewer
            && (o.Role == OfficerRole.Admin || o.OaIds.Contains(Account.OaId, StringComparer.Ordinal)));

    public Task<IActionResult> OnPostNoteAsync(string? text) =>
        ActAsync("note", () => desk.AddNoteAsync(Officer, Account.OaId, Id, text));

    public Task<IActionResult> OnPostAskAsync(string? text) =>
        ActAsync("question", () => desk.AskAsync(Officer, Account.OaId, Id, text));

    private async Task<IActionResult> ActAsync(string what, Func<Task<DeskOutcome>> action)
    {
        if (!PickAccount(accounts))
        {
            return NotYours();
        }
        if (!Officer.CanWork())
        {
            return Denied();
        }
        var outcome = await action();
        if (outcome.Refusal is DeskRefusal.NotFound)
        {
            return NotYours();
        }
        return outcome.Refusal is { } refusal
            ? RedirectToPage(new { Id, oa = Account.OaId, refused = refusal.ToString().ToLowerInvariant() })
            : RedirectToPage(new { Id, oa = Account.OaId, done = what });
    }

    public string OfficerName(long? officerId) =>
        officerId is { } id ? (_names.TryGetValue(id, out var name) ? name : "#" + id.ToString(CultureInfo.InvariantCulture)) : "Người báo";

    public string? DoneMessage => Done switch
    {
        "status" => "Đã đổi trạng thái.",
        "assign" => "Đã nhận xử lý tin báo này.",
        "note" => "Đã thêm ghi chú.",
        "question" => "Đã gửi câu hỏi cho người báo.",
        _ => null,
    };

    public string? RefusedMessage => Refused switch
    {
        "noterequired" => "Chuyển đi cần ghi rõ chuyển cho đơn vị nào; không xử lý cần ghi rõ lý do.",
        "notallowed" => "Không đổi được sang trạng thái này. Thứ tự: Mới → Đang xác minh → Đã xử lý / Đã chuyển / Không xử lý.",
        "closed" => "Tin báo đã đóng, không thay đổi được nữa.",
        "emptytext" => "Xin nhập nội dung.",
        "texttoolong" => $"Nội dung dài quá {TipOffDesk.MaxTextLength} ký tự.",
        "unknownstatus" => "Trạng thái không hợp lệ.",
        "unknownofficer" => "Không phân công được cho cán bộ này.",
        null => null,
        _ => "Không thực hiện được.",
    };
}
