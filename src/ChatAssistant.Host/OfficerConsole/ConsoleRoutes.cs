using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>Refuses to start when a console page's route is outside <c>/console</c>.</summary>
/// <remarks>
/// Pages declare their routes in full (<c>@page "/console/queue"</c>) so a reader finds a URL by searching for it;
/// the session cookie is scoped to <c>/console</c>, so a page elsewhere would silently never see a signed-in officer.
/// </remarks>
public sealed class ConsoleRoutes : IPageRouteModelConvention
{
    public const string Prefix = "console";

    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template ?? "";
            if (!template.Equals(Prefix, StringComparison.OrdinalIgnoreCase)
                && !template.StartsWith(Prefix + "/", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"The console page {model.RelativePath} has the route '/{template}': give it one under /{Prefix} with @page \"/{Prefix}/...\".");
            }
        }
    }
}
