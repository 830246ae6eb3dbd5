using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChatAssistant.Host.OfficerConsole.Dossiers;

/// <summary>
/// Keeps model binding away from the request body, so an upload is read by the page as a stream instead of being
/// copied whole into a buffered form first; page values come from the query string (<c>?oa=</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DisableFormValueBindingAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
