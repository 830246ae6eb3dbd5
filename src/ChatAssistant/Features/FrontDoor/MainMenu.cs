using System.Globalization;
using System.Text;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.FrontDoor;

/// <summary>The numbered main menu, built from the entries features registered.</summary>
public sealed class MainMenu(IEnumerable<MenuEntry> entries)
{
    public IReadOnlyList<MenuEntry> Entries { get; } = [.. entries.OrderBy(e => e.Order)];

    public string Render(ITextCatalog texts)
    {
        var menu = new StringBuilder(texts.Get("menu-header"));
        for (var i = 0; i < Entries.Count; i++)
        {
            menu.Append('\n').Append(CultureInfo.InvariantCulture, $"{i + 1}. {texts.Get(Entries[i].TitleTextKey)}");
        }
        return menu.Append('\n').Append(texts.Get("menu-footer")).ToString();
    }

    /// <summary>
    /// The entry whose keyword appears in the message as whole words. When several do, the longest keyword names the
    /// feature ("báo tin mẫu" over "báo tin"); null when none does, or when equally long keywords of two entries do.
    /// </summary>
    /// <param name="normalized">The message folded with shorthand spelled out (<c>MessageMeaning.Normalized</c>), so
    /// "baos tin" and "dk lich" find their lines as "báo tin" and "đăng ký lịch" do.</param>
    public MenuEntry? MatchKeywords(string normalized)
    {
        var folded = " " + normalized + " ";
        var matches = Entries
            .Select(e => (Entry: e, Length: e.Keywords.Where(k => folded.Contains(" " + k + " ", StringComparison.Ordinal)).Select(k => k.Length).DefaultIfEmpty(0).Max()))
            .Where(m => m.Length > 0)
            .OrderByDescending(m => m.Length)
            .ToList();
        return matches.Count == 1 || (matches.Count > 1 && matches[0].Length > matches[1].Length) ? matches[0].Entry : null;
    }
}
