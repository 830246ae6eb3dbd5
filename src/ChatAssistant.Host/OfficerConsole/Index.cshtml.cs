using ChatAssistant.Features.Officers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>The dashboard: the day at a glance for the officer's units.</summary>
public sealed class IndexModel : PageModel
{
    public Officer Officer { get; private set; } = null!;

    public void OnGet() => Officer = HttpContext.GetOfficer();
}
