namespace ChatAssistant.Zalo.Api;

/// <summary>A Zalo error code with what it means for the sender.</summary>
/// <param name="Code">Zalo's <c>error</c> value, or one of the local sentinels on <see cref="OaSendResult"/>.</param>
/// <param name="Disposition">What to do next.</param>
/// <param name="Meaning">Operator-facing English explanation, fit for logs and alerts.</param>
public sealed record ZaloError(int Code, SendDisposition Disposition, string Meaning);
