using System.Globalization;
using ChatAssistant.Accounts;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Officers;

public static class OfficerEndpoints
{
    private const int MaxNameLength = 100;

    /// <summary>Admins manage officers: create (the key is shown once), list, disable.</summary>
    public static IEndpointRouteBuilder MapOfficerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/admin/officers").RequireAuthorization(OfficerAuthentication.AdminPolicy);
        group.MapPost("/", CreateAsync);
        group.MapGet("/", List);
        group.MapPost("/{id:long}/disable", DisableAsync);
        return app;
    }

    private static async Task<Results<Created<IssuedKey>, ValidationProblem>> CreateAsync(
        NewOfficer body, HttpContext context, AccountDirectory accounts, OfficerStore officers, AuditLog audit, SqliteWriter writer)
    {
        var errors = Validate(body, accounts, out var name, out var role, out var oaIds);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var admin = context.GetOfficer();
        var created = await writer.WriteAsync((connection, transaction) =>
        {
            var created = officers.Create(connection, transaction, name, role, oaIds);
            audit.Write(connection, transaction, admin.RecordedId, admin.Name, "officer.create", oaId: null,
                subject: created.Officer.Id.ToString(CultureInfo.InvariantCulture),
                detail: $"role={role.ToName()}; oaIds={string.Join(',', created.Officer.OaIds)}");
            return created;
        });
        return TypedResults.Created($"/api/admin/officers/{created.Officer.Id}", new IssuedKey(created.Officer.Id, created.Key));
    }

    private static Dictionary<string, string[]> Validate(
        NewOfficer body, AccountDirectory accounts, out string name, out OfficerRole role, out IReadOnlyList<string> oaIds)
    {
        var errors = new Dictionary<string, string[]>();
        name = body.Name?.Trim() ?? "";
        if (name.Length is 0 or > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required."];
        }
        else if (name.Equals(Officer.BootstrapName, StringComparison.OrdinalIgnoreCase)
            || name.Equals(AuditLog.SystemActor, StringComparison.OrdinalIgnoreCase))
        {
            // The audit log names these actors; an officer must not be mistaken for them.
            errors["name"] = [$"'{name}' is reserved."];
        }
        if (!OfficerRoleNames.TryParse(body.Role, out role))
        {
            errors["role"] = [$"The role must be one of {string.Join(", ", OfficerRoleNames.All.Select(r => $"'{r.ToName()}'"))}."];
        }
        oaIds = [.. (body.OaIds ?? []).Select(id => id?.Trim() ?? "").Distinct(StringComparer.Ordinal)];
        var unknown = oaIds.Where(id => !accounts.Serves(id)).ToList();
        if (unknown.Count > 0)
        {
            errors["oaIds"] = [$"Not an account this service serves: {string.Join(", ", unknown)}."];
        }
        else if (role != OfficerRole.Admin && oaIds.Count == 0 && !errors.ContainsKey("role"))
        {
            errors["oaIds"] = ["Every role but admin needs at least one account."];
        }
        return errors;
    }

    private static Ok<List<OfficerSummary>> List(OfficerStore officers) =>
        TypedResults.Ok(officers.List().Select(OfficerSummary.From).ToList());

    private static async Task<Results<Ok, NotFound>> DisableAsync(long id, HttpContext context, OfficerStore officers, AuditLog audit, SqliteWriter writer)
    {
        var admin = context.GetOfficer();
        var found = await writer.WriteAsync((connection, transaction) =>
        {
            if (!officers.Disable(connection, transaction, id))
            {
                return false;
            }
            audit.Write(connection, transaction, admin.RecordedId, admin.Name, "officer.disable", oaId: null,
                subject: id.ToString(CultureInfo.InvariantCulture), detail: null);
            return true;
        });
        return found ? TypedResults.Ok() : TypedResults.NotFound();
    }
}
