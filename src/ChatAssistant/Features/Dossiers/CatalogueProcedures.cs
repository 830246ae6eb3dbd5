using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Features.Dossiers;

/// <summary>Finds the catalogue entry a list's procedure names: by catalogue id, national procedure code or name.</summary>
/// <remarks>
/// Office software exports the national code ("1.004194") or the name; hand-made lists use the name, with or
/// without diacritics. A match lets residents read the catalogue's name; no match keeps the list's words.
/// </remarks>
public sealed class CatalogueProcedures
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public CatalogueProcedures(ProcedureCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        foreach (var procedure in catalogue.Procedures)
        {
            _ids.TryAdd(procedure.Id, procedure.Id);
            if (procedure.Code is { Length: > 0 } code)
            {
                _ids.TryAdd(code.Trim(), procedure.Id);
            }
            _ids.TryAdd(VietnameseText.Fold(procedure.Name), procedure.Id);
        }
    }

    /// <summary>The id of the catalogue procedure the text names, or null.</summary>
    public string? Match(string procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var trimmed = procedure.Trim();
        return _ids.GetValueOrDefault(trimmed) ?? _ids.GetValueOrDefault(VietnameseText.Fold(trimmed));
    }
}
