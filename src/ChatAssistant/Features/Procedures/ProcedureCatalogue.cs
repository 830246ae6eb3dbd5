using ChatAssistant.Content;

namespace ChatAssistant.Features.Procedures;

/// <summary>The procedure catalogue from dialogs/procedures/ (one YAML file per field), checked strictly at load.</summary>
public sealed class ProcedureCatalogue : IStartupContent
{
    public const string FolderName = "procedures";

    /// <summary>Procedures residents of every commune ask about; the catalogue is refused without them.</summary>
    public static IReadOnlyList<string> RequiredIds { get; } =
    [
        "can-cuoc-cap-lan-dau", "can-cuoc-cap-doi", "can-cuoc-cap-lai", "dinh-danh-dien-tu",
        "thuong-tru-dang-ky", "thuong-tru-xoa", "tam-tru-dang-ky", "tam-tru-gia-han",
        "luu-tru-thong-bao", "tam-vang-khai-bao", "cu-tru-xac-nhan", "ho-chieu-cap", "ho-chieu-bao-mat",
        "xe-dang-ky", "xe-sang-ten", "xe-thu-hoi", "vi-pham-giao-thong-nop-phat", "con-dau-dang-ky",
        "anninh-trattu-kinh-doanh", "vu-khi-giao-nop", "pccc-tham-duyet", "pccc-nghiem-thu",
        "to-giac-toi-pham", "ly-lich-tu-phap",
    ];

    private readonly Dictionary<string, Procedure> _byId;

    private ProcedureCatalogue(IReadOnlyList<ProcedureField> fields)
    {
        Fields = fields;
        _byId = fields.SelectMany(f => f.Procedures).ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ProcedureField> Fields { get; }

    public IEnumerable<Procedure> Procedures => Fields.SelectMany(f => f.Procedures);

    public Procedure? Find(string id) => _byId.GetValueOrDefault(id);

    public static ProcedureCatalogue Load(DialogsFolder dialogs) => Load(Path.Combine(dialogs.Path, FolderName));

    /// <summary>Reads every <c>*.yaml</c> in <paramref name="folder"/>; any problem stops with its file and line.</summary>
    public static ProcedureCatalogue Load(string folder)
    {
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        var fields = files.Select(ProcedureFileReader.Read).ToList();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, file) in fields.Zip(files))
        {
            foreach (var procedure in field.Procedures)
            {
                if (!seen.TryAdd(procedure.Id, file))
                {
                    throw new ContentException(file, 1, $"the procedure id '{procedure.Id}' is also used in {seen[procedure.Id]}");
                }
            }
        }
        var missing = RequiredIds.Where(id => !seen.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentException(folder, 1, $"the catalogue lacks required procedure(s): {string.Join(", ", missing)}");
        }
        return new ProcedureCatalogue(fields);
    }
}
