namespace ChatAssistant.Features.Offices;

/// <summary>A span of a day, e.g. 07:30–11:30; the end is excluded.</summary>
public sealed record TimeRange(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => time >= From && time < To;

    public override string ToString() => $"{From:HH\\:mm}–{To:HH\\:mm}";
}
