using System.Buffers;
using ChatAssistant.Metrics;
using ChatAssistant.Webhooks;

namespace ChatAssistant.Host.Webhooks;

public static class WebhookEndpoints
{
    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/zalo", ReceiveZaloAsync);
        return app;
    }

    /// <summary>Reads the raw body (the signature covers its exact bytes) and hands it to the intake.</summary>
    private static async Task<IResult> ReceiveZaloAsync(HttpRequest request, WebhookIntake intake, ServiceMetrics metrics)
    {
        if (request.ContentLength > WebhookIntake.MaxBodyBytes)
        {
            metrics.WebhookAnswered(WebhookOutcome.TooLarge.Word());
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(WebhookIntake.MaxBodyBytes + 1);
        try
        {
            var length = await ReadUpToAsync(request.Body, buffer, request.HttpContext.RequestAborted);
            var outcome = await intake.ReceiveAsync(buffer.AsMemory(0, length), request.Headers["X-ZEvent-Signature"]);
            metrics.WebhookAnswered(outcome.Word());
            return Results.StatusCode(StatusCodeOf(outcome));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static int StatusCodeOf(WebhookOutcome outcome) => outcome switch
    {
        // Zalo retries and finally disables webhooks that do not answer 200: everything stored is a 200, a stale event too
        // (retrying it would only make it older).
        WebhookOutcome.Accepted or WebhookOutcome.Duplicate or WebhookOutcome.Ignored or WebhookOutcome.Stale => StatusCodes.Status200OK,
        WebhookOutcome.Unauthorized => StatusCodes.Status401Unauthorized,
        WebhookOutcome.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Fills the buffer; stops one byte past the limit so an oversized body without Content-Length is caught.</summary>
    private static async Task<int> ReadUpToAsync(Stream body, byte[] buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }
        return total;
    }
}
