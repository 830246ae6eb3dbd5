namespace ChatAssistant.Features.Procedures;

/// <summary>The kinds of office a procedure is filed at; the catalogue may name only these.</summary>
public static class OfficeKinds
{
    // One list for the public pages and the chat answers, so a resident reads the same office name in both.
    // District police were dissolved on 2025-03-01: no label may send anyone to "công an huyện".
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["commune-police"] = "Công an cấp xã (phường, xã, đặc khu)",
        ["provincial-police"] = "Công an cấp tỉnh",
        ["provincial-immigration"] = "Phòng Quản lý xuất nhập cảnh Công an tỉnh",
        ["provincial-traffic-police"] = "Phòng Cảnh sát giao thông Công an tỉnh",
        ["provincial-fire-police"] = "Phòng Cảnh sát PCCC và CNCH Công an tỉnh",
        ["department-of-justice"] = "Sở Tư pháp",
    };

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(Labels.Keys, StringComparer.Ordinal);

    /// <summary>The Vietnamese name residents know the office by, e.g. "Sở Tư pháp" for <c>department-of-justice</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not one of <see cref="All"/>; the catalogue refuses such kinds at load.</exception>
    public static string Label(string kind) =>
        Labels.TryGetValue(kind, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not an office kind; expected one of {string.Join(", ", All)}.");
}
