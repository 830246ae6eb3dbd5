using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Where the cookie handler sends an officer whose role may not open a page; answers 403.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
