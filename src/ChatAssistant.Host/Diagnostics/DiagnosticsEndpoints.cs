namespace ChatAssistant.Host.Diagnostics;

public static class DiagnosticsEndpoints
{
    /// <summary>
    /// With <c>Diagnostics:NoOpEndpoint=true</c>, <c>POST /diagnostics/noop</c> reads the body and answers
    /// 200: the benchmark's baseline for what the web stack alone costs on this machine.
    /// </summary>
    public static IEndpointRouteBuilder MapDiagnosticsEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>("Diagnostics:NoOpEndpoint"))
        {
            app.MapPost("/diagnostics/noop", DrainAsync);
        }
        return app;
    }

    private static async Task<IResult> DrainAsync(HttpRequest request)
    {
        await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted);
        return Results.Ok();
    }
}
