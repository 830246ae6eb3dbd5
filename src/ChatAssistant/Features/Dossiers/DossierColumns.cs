using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Features.Dossiers;

/// <summary>Which column of an imported list holds which field, found from the header row.</summary>
/// <remarks>
/// Headers are matched folded (no diacritics, lower case, '_' and '-' as spaces), so <c>ma_ho_so</c>,
/// <c>Mã hồ sơ</c> and <c>MA HO SO</c> are the same; English names work too. Other columns are ignored,
/// so an office's full export can be uploaded as it is.
/// <para>
/// The note (<c>ghi_chu</c>) is what the office tells the resident: the bot shows it. The phone number
/// (<c>so_dien_thoai</c>) is never shown: the resident is asked for its last digits before the result. Any other
/// column, an internal note among them, is neither stored nor shown.
/// </para>
/// </remarks>
internal sealed record DossierColumns(int Code, int Procedure, int Status, int Date, int? Note, int? Phone)
{
    private static readonly (string Field, string[] Names)[] Known =
    [
        ("code", ["ma ho so", "ma so ho so", "so ho so", "ma", "code", "dossier code", "dossier"]),
        ("procedure", ["thu tuc", "ten thu tuc", "thu tuc hanh chinh", "procedure", "procedure name"]),
        ("status", ["trang thai", "tinh trang", "status"]),
        ("date", ["ngay", "ngay cap nhat", "ngay trang thai", "date", "status date"]),
        ("note", ["ghi chu", "note", "notes"]),
        ("phone", ["so dien thoai", "dien thoai", "sdt", "so dt", "so dien thoai dang ky", "dien thoai lien he", "phone", "phone number", "telephone", "mobile"]),
    ];

    private static readonly string[] Optional = ["note", "phone"];

    /// <summary>What the header must hold, for the message that refuses a file.</summary>
    public const string Expected =
        "The header needs the columns ma_ho_so (code), thu_tuc (procedure), trang_thai (status) and ngay (date); ghi_chu (note) and so_dien_thoai (phone) are optional.";

    public static DossierColumns Find(IReadOnlyList<string> header)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = VietnameseText.Fold(header[i]);
            foreach (var (field, names) in Known)
            {
                if (!names.Contains(name))
                {
                    continue;
                }
                if (!found.TryAdd(field, i))
                {
                    throw new InvalidDossierFileException(
                        $"Columns {found[field] + 1} and {i + 1} both give the {field}; keep one of them.");
                }
            }
        }
        var missing = Known.Select(k => k.Field).Where(f => !Optional.Contains(f) && !found.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDossierFileException($"The header lacks the {string.Join(", ", missing)} column(s). {Expected}");
        }
        return new DossierColumns(found["code"], found["procedure"], found["status"], found["date"],
            found.TryGetValue("note", out var note) ? note : null, found.TryGetValue("phone", out var phone) ? phone : null);
    }
}
