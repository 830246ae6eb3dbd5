using ChatAssistant.Content;

namespace ChatAssistant.Features.Offices;

/// <summary>Every account's offices and the provincial offices they share, from dialogs/offices.yaml.</summary>
public sealed class OfficeDirectory : IStartupContent
{
    public const string FileName = "offices.yaml";

    private readonly IReadOnlyDictionary<string, OfficeUnit> _units;

    internal OfficeDirectory(IReadOnlyDictionary<string, OfficeUnit> units, IReadOnlyList<Office> shared)
    {
        _units = units;
        Shared = shared;
    }

    /// <summary>Provincial offices every account sends residents to (immigration, traffic police, ...).</summary>
    public IReadOnlyList<Office> Shared { get; }

    public IEnumerable<string> AccountIds => _units.Keys;

    public OfficeUnit? UnitOf(string oaId) => _units.GetValueOrDefault(oaId);

    /// <summary>Where a resident of this account files at an office of <paramref name="kind"/>: the unit's own first.</summary>
    public Office? ForKind(string oaId, string kind) =>
        UnitOf(oaId)?.Offices.FirstOrDefault(o => o.Kinds.Contains(kind)) ?? Shared.FirstOrDefault(o => o.Kinds.Contains(kind));

    /// <summary>The office of this id among the account's own and the shared ones; null when there is none.</summary>
    public Office? Find(string oaId, string officeId) =>
        (UnitOf(oaId)?.Offices ?? []).Concat(Shared).FirstOrDefault(o => o.Id == officeId);

    public static OfficeDirectory Load(DialogsFolder dialogs) => Load(Path.Combine(dialogs.Path, FileName));

    public static OfficeDirectory Load(string file) => OfficeFileReader.Read(file);
}
