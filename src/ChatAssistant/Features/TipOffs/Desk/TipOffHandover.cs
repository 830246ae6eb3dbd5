namespace ChatAssistant.Features.TipOffs.Desk;

/// <summary>The document an officer downloads to hand a report over (to another unit, to investigators).</summary>
/// <param name="Format">Names this layout, so whoever reads the file later knows what it holds.</param>
/// <param name="ExportedByOfficerId">Null for the bootstrap admin.</param>
public sealed record TipOffHandover(
    string Format,
    DateTimeOffset ExportedAt,
    long? ExportedByOfficerId,
    string ExportedBy,
    TipOffCase Case)
{
    public const string CurrentFormat = "tipoff-handover/1";
}
