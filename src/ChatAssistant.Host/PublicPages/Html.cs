namespace ChatAssistant.Host.PublicPages;

/// <summary>Writes markup from interpolated strings (<c>Html.Of($"&lt;h1&gt;{name}&lt;/h1&gt;")</c>), encoding every value.</summary>
public static class Html
{
    public static Markup Of(MarkupHandler handler) => handler.ToMarkup();

    /// <summary>One piece of markup per item, or nothing when there are no items.</summary>
    public static Markup Each<T>(IEnumerable<T> items, Func<T, Markup> render) =>
        new(string.Concat(items.Select(item => render(item).Value)));

    public static Markup When(bool condition, Func<Markup> render) => condition ? render() : Markup.Empty;
}
