using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole.Officers;

/// <summary>An admin changes an officer's name, role and units, resets their password, unlocks, disables or enables them.</summary>
public sealed class EditOfficerModel(
    OfficerStore officers, AccountDirectory accounts, OfficerCredentials credentials, OfficerAdministration administration, TimeProvider clock)
    : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public OfficerForm Form { get; set; } = new();

    [BindProperty]
    public string? Username { get; set; }

    public OfficerListing Listed { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsError { get; private set; }

    public string? NewPassword { get; private set; }

    public bool IsLocked => Listed.LockedUntil is { } until && until > clock.GetUtcNow();

    public OfficerFields Fields => new(Form, Errors, accounts.Accounts, IsNew: false);

    public IActionResult OnGet() => Load(fillForm: true) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Load(fillForm: false))
        {
            return NotFound();
        }
        Errors = Form.Validate(accounts, credentials, isNew: false, out var role);
        if (Errors.Count == 0)
        {
            var problem = await administration.UpdateAsync(Officer, Id, Form.Name!, role, Form.OaIds);
            Say(problem ?? "Đã lưu. Cán bộ cần đăng nhập lại để nhận quyền mới.", isError: problem is not null);
        }
        return Reloaded(fillForm: Errors.Count == 0 && !MessageIsError);
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        if (!Load(fillForm: true))
        {
            return NotFound();
        }
        var username = Listed.Username ?? OfficerUsernames.Normalize(Username);
        if (Listed.Username is null && (!OfficerUsernames.IsValid(username) || credentials.FindByUsername(username) is not null))
        {
            Say("Tên đăng nhập không hợp lệ hoặc đã có người dùng.", isError: true);
            return Reloaded(fillForm: true);
        }
        NewPassword = await administration.ResetPasswordAsync(Officer, Id, username);
        return Reloaded(fillForm: true);
    }

    public async Task<IActionResult> OnPostUnlockAsync() =>
        await Act(administration.UnlockAsync, "Đã mở khoá đăng nhập.", "Không mở khoá được.");

    public async Task<IActionResult> OnPostEnableAsync() =>
        await Act(administration.EnableAsync, "Đã mở lại tài khoản.", "Không mở lại được.");

    public async Task<IActionResult> OnPostDisableAsync() =>
        await Act(administration.DisableAsync, "Đã khoá tài khoản.", "Không khoá được: không thể tự khoá mình hay khoá quản trị viên cuối cùng.");

    private async Task<IActionResult> Act(Func<Officer, long, Task<bool>> action, string done, string refused)
    {
        if (!Load(fillForm: true))
        {
            return NotFound();
        }
        var succeeded = await action(Officer, Id);
        Say(succeeded ? done : refused, isError: !succeeded);
        return Reloaded(fillForm: true);
    }

    private bool Load(bool fillForm)
    {
        if (officers.Find(Id) is not { } listed)
        {
            return false;
        }
        Listed = listed;
        if (fillForm)
        {
            Form = new OfficerForm { Name = listed.Name, Role = listed.Role.ToName(), OaIds = [.. listed.OaIds] };
        }
        return true;
    }

    private PageResult Reloaded(bool fillForm)
    {
        Load(fillForm);
        if (MessageIsError || Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }

    private void Say(string message, bool isError)
    {
        Message = message;
        MessageIsError = isError;
    }
}
