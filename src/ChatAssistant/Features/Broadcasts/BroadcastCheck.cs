namespace ChatAssistant.Features.Broadcasts;

/// <summary>What a composed notice must satisfy before it is stored; the first problem found, as (field, message).</summary>
public static class BroadcastCheck
{
    public const int MaxTitleLength = 200;

    public static (string Field, string Problem)? FirstProblem(NewBroadcast notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (string.IsNullOrWhiteSpace(notice.Title) || notice.Title.Trim().Length > MaxTitleLength)
        {
            return ("title", $"A title of 1 to {MaxTitleLength} characters.");
        }
        if (string.IsNullOrWhiteSpace(notice.Text))
        {
            return ("text", "A text is required.");
        }
        if (!BroadcastCategories.IsKnown(notice.Category))
        {
            return ("category", $"One of {string.Join(", ", BroadcastCategories.All)}.");
        }
        if (notice.Target is null || notice.Target.Problem is { } targetProblem)
        {
            return ("target", notice.Target?.Problem ?? "A target is required.");
        }
        if (!IsWebAddress(notice.ImageUrl))
        {
            return ("imageUrl", "An absolute http(s) address.");
        }
        if (!IsWebAddress(notice.Link))
        {
            return ("link", "An absolute http(s) address.");
        }
        var length = BroadcastMessage.Words(notice.Title, notice.Text, notice.Link).Length;
        return length > BroadcastMessage.MaxLength
            ? ("text", $"Title, text and link make {length} characters; a notice must fit in one Zalo message ({BroadcastMessage.MaxLength}).")
            : null;
    }

    /// <summary>Blank counts as absent.</summary>
    private static bool IsWebAddress(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
