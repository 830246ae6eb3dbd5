namespace ChatAssistant.Host.PublicPages;

/// <summary>HTML that is safe to write as is: template text whose every value was encoded on the way in (see <see cref="Html.Of"/>).</summary>
public readonly record struct Markup(string Value)
{
    public static Markup Empty { get; } = new("");

    public override string ToString() => Value;
}
