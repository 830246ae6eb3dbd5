using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Sends an officer whose password an admin chose to the password page before anything else.</summary>
public sealed class MustChangePassword : IAsyncPageFilter
{
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal) { "/SignIn/Password", "/SignIn/SignOut", "/SignIn/SignIn" };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (ConsoleSession.MustChangePassword(context.HttpContext.User)
            && !Allowed.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectToPageResult("/SignIn/Password");
            return Task.CompletedTask;
        }
        return next();
    }
}
