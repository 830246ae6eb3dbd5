namespace ChatAssistant.Host.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);
        return app;
    }

    private static IResult GetHealth(ServiceHealth health)
    {
        var problems = health.Problems();
        return problems.Count == 0
            ? Results.Ok(new { status = "ok" })
            : Results.Json(new { status = "unavailable", problems }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
