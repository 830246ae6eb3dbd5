namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>A kind of report: its stored code, the catalogue key of its name, and words residents use for it (folded).</summary>
public sealed record TipOffCategory(string Code, IReadOnlyList<string> Words)
{
    public string TextKey => "tipoff-category-" + Code;
}
