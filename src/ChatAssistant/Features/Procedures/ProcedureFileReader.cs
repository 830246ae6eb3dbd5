using System.Text.RegularExpressions;
using ChatAssistant.Content;

namespace ChatAssistant.Features.Procedures;

/// <summary>Reads one field file of the catalogue against its schema (dialogs/procedures/README.md).</summary>
internal static partial class ProcedureFileReader
{
    public static ProcedureField Read(string file)
    {
        var root = new YamlMap(file, "", YamlDocuments.LoadMapping(file, "a field: its 'field', 'name' and 'procedures'"));
        var fieldId = root.Required("field");
        if (fieldId != Path.GetFileNameWithoutExtension(file))
        {
            throw new ContentException(file, 1, $"field '{fieldId}' must match the file name '{Path.GetFileName(file)}'");
        }
        var name = root.Required("name");
        var procedures = root.Maps("procedures").Select(p => ReadProcedure(p, fieldId)).ToList();
        root.EnsureNoOtherKeys();
        return new ProcedureField(fieldId, name, procedures);
    }

    private static Procedure ReadProcedure(YamlMap map, string fieldId)
    {
        var id = map.Required("id");
        if (!IdPattern().IsMatch(id))
        {
            throw map.ErrorAt("id", $"{map.Path}.id '{id}' must be lowercase letters, digits and dashes");
        }
        var procedure = new Procedure(
            id,
            map.Optional("code"),
            map.Required("name"),
            fieldId,
            map.Strings("aliases"),
            map.Strings("situations"),
            map.Required("who"),
            map.Maps("documents").Select(ReadDocument).ToList(),
            ReadFee(map.Map("fee") ?? throw map.ErrorAt("fee", $"{map.Path}.fee is required")),
            map.Required("time_limit"),
            map.Strings("where"),
            map.Map("online") is { } online ? ReadOnline(online) : null,
            map.Bool("bookable"),
            map.Strings("legal_basis"),
            map.Date("checked_on"),
            map.Optional("notes"));
        map.EnsureNoOtherKeys();
        var unknownOffice = procedure.Where.FirstOrDefault(kind => !OfficeKinds.All.Contains(kind));
        if (unknownOffice is not null || procedure.Where.Count == 0)
        {
            throw map.ErrorAt("where",
                $"{map.Path}.where must list office kinds among {string.Join(", ", OfficeKinds.All)}{(unknownOffice is null ? "" : $", not '{unknownOffice}'")}");
        }
        if (procedure.Documents.Count == 0 || procedure.Aliases.Count == 0 || procedure.LegalBasis.Count == 0)
        {
            throw map.ErrorAt("documents", $"{map.Path} needs at least one document, one alias and one legal basis");
        }
        return procedure;
    }

    private static ProcedureDocument ReadDocument(YamlMap map)
    {
        var document = new ProcedureDocument(map.Required("name"), map.Optional("form"), map.Int("copies"), map.Optional("note"));
        map.EnsureNoOtherKeys();
        return document;
    }

    private static ProcedureFee ReadFee(YamlMap map)
    {
        var fee = new ProcedureFee(map.Required("text"), map.Strings("exemptions"), map.Bool("confirmed"));
        map.EnsureNoOtherKeys();
        return fee;
    }

    private static OnlineFiling ReadOnline(YamlMap map)
    {
        var url = map.Required("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw map.ErrorAt("url", $"{map.Path}.url '{url}' must be a full web address");
        }
        var online = new OnlineFiling(uri, map.Optional("note"));
        map.EnsureNoOtherKeys();
        return online;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
