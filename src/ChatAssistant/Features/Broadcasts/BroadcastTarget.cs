using System.Text.Json;
using System.Text.Json.Serialization;
using ChatAssistant.Features.Followers;

namespace ChatAssistant.Features.Broadcasts;

/// <summary>Who a notice is for: every follower, followers with any of some tags, or those who wrote within n days.</summary>
/// <remarks>Exactly one of the three is set; <see cref="Problem"/> says what is wrong otherwise.</remarks>
public sealed record BroadcastTarget(bool? All = null, IReadOnlyList<string>? Tags = null, int? InteractedWithinDays = null)
{
    public const int MaxDays = 365;
    public const int MaxTags = 50;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Tags as targeting compares them (<c>resident_tags.tag</c>): folded, distinct, none empty.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> FoldedTags =>
        [.. (Tags ?? []).Select(TagName.Fold).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>Null when the target is well formed; otherwise why not.</summary>
    [JsonIgnore]
    public string? Problem
    {
        get
        {
            var kinds = (All == true ? 1 : 0) + (Tags is not null ? 1 : 0) + (InteractedWithinDays is not null ? 1 : 0);
            if (kinds != 1 || All == false)
            {
                return "Exactly one of {\"all\": true}, {\"tags\": [...]}, {\"interactedWithinDays\": n}.";
            }
            if (Tags is not null && (FoldedTags.Count == 0 || Tags.Count > MaxTags))
            {
                return $"From 1 to {MaxTags} non-empty tags.";
            }
            return InteractedWithinDays is < 1 or > MaxDays ? $"interactedWithinDays from 1 to {MaxDays}." : null;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BroadcastTarget FromJson(string json) =>
        JsonSerializer.Deserialize<BroadcastTarget>(json, Json) ?? throw new InvalidDataException("A broadcast target is empty.");
}
