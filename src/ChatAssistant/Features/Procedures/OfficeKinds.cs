namespace ChatAssistant.Features.Procedures;

/// <summary>The kinds of office a procedure is filed at; the catalogue may name only these.</summary>
public static class OfficeKinds
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "commune-police",
        "provincial-police",
        "provincial-immigration",
        "provincial-traffic-police",
        "provincial-fire-police",
        "department-of-justice",
    };
}
