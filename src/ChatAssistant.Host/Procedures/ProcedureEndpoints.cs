using ChatAssistant.Features.Procedures;
using ChatAssistant.Features.Procedures.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatAssistant.Host.Procedures;

public static class ProcedureEndpoints
{
    private const int MaxLimit = 20;
    private const int MaxQuestionLength = 500;

    /// <summary>Public read-only access to the catalogue: search as residents ask, and whole entries by id.</summary>
    public static IEndpointRouteBuilder MapProcedureEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/procedures");
        group.MapGet("/search", Search);
        group.MapGet("/{id}", GetById);
        return app;
    }

    private static Results<Ok<SearchAnswer>, ValidationProblem> Search(string? q, int? limit, ProcedureIndex index)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQuestionLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["q"] = [$"A question of 1 to {MaxQuestionLength} characters is required."],
            });
        }
        var result = index.Search(q, Math.Clamp(limit ?? 5, 1, MaxLimit));
        return TypedResults.Ok(new SearchAnswer(result.Query,
            [.. result.Hits.Select(h => new SearchAnswerItem(h.Procedure.Id, h.Procedure.Name, Math.Round(h.Score, 3)))]));
    }

    private static Results<Ok<Procedure>, NotFound> GetById(string id, ProcedureCatalogue catalogue) =>
        catalogue.Find(id) is { } procedure ? TypedResults.Ok(procedure) : TypedResults.NotFound();
}
