using ChatAssistant.Understanding;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>The short polite lines for small talk, in the charter's tone (xin chào, xin cảm ơn), by text key.</summary>
internal static class SmallTalk
{
    public const string Thanks = "thanks-reply";
    public const string Ack = "ack-reply";
    public const string Bye = "bye-reply";

    public static IReadOnlyList<string> TextKeys { get; } = [Thanks, Ack, Bye];

    public static string For(string intent) => intent switch
    {
        Intents.Thanks => Thanks,
        Intents.Bye => Bye,
        _ => Ack,
    };

    /// <summary>A message of emoji alone: folded hands and hearts thank, a wave says goodbye, anything else nods.</summary>
    public static string ForSymbols(string text) =>
        text.Contains("🙏", StringComparison.Ordinal) || text.Contains('❤', StringComparison.Ordinal) || text.Contains("💕", StringComparison.Ordinal)
            ? Thanks
            : text.Contains("👋", StringComparison.Ordinal) ? Bye : Ack;
}
