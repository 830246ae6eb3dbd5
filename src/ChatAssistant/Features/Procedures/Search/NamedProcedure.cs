namespace ChatAssistant.Features.Procedures.Search;

/// <summary>
/// A question that spells out a procedure's whole name or alias ("cấp hộ chiếu phổ thông", "đăng ký thường trú")
/// names it, even when a sibling scores close on shared words ("trình báo mất hộ chiếu phổ thông"). The longest
/// name found wins, so "xóa đăng ký thường trú" names the removal, not the registration.
/// </summary>
internal static class NamedProcedure
{
    /// <summary>The index among <paramref name="names"/> of the one whose longest phrase in the question is longest; null when none or a tie.</summary>
    public static int? Find(IReadOnlyList<string> question, IReadOnlyList<string[][]> names)
    {
        var best = 0;
        int? winner = null;
        for (var i = 0; i < names.Count; i++)
        {
            var longest = names[i].Where(phrase => Contains(question, phrase)).Select(phrase => phrase.Length).DefaultIfEmpty(0).Max();
            if (longest > best)
            {
                (best, winner) = (longest, i);
            }
            else if (longest == best && longest > 0)
            {
                winner = null;
            }
        }
        return winner;
    }

    private static bool Contains(IReadOnlyList<string> question, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= question.Count; start++)
        {
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++)
            {
                all = question[start + k] == phrase[k];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }
}
