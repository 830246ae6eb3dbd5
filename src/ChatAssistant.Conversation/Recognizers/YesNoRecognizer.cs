namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// Reads a yes/no answer: "có", "ok", "dạ vâng ạ", "đúng rồi", "không", "ko", "thôi", "hủy", "chưa", "không đồng ý".
/// Only answers made of yes/no words, pronouns and particles count; anything else ("cho hỏi", "mai", "2") is null,
/// so a dialog asks again rather than guessing.
/// </summary>
public static class YesNoRecognizer
{
    private static readonly char[] ClauseEnds = [',', '.', '!', '?', ';', '\n', '\r', '…'];

    // The first entry for a folded spelling is the reading of unmarked typing: "dung" is "đúng", "co" is "có".
    private static readonly Lexicon<Kind> Words = new(
        ("không sai", Kind.Yes), ("không cần", Kind.No), ("không vấn đề", Kind.Yes), ("không muốn", Kind.No), ("từ chối", Kind.No),
        ("hủy bỏ", Kind.No), ("huỷ bỏ", Kind.No), ("bỏ qua", Kind.No), ("giữ nguyên", Kind.No),
        ("cảm ơn", Kind.Filler), ("cám ơn", Kind.Filler),
        ("đồng ý", Kind.Yes), ("nhất trí", Kind.Yes), ("chắc chắn", Kind.Yes), ("xác nhận", Kind.Yes),
        // A formal summary confirmed by its object first: "Thông tin trên đã chính xác", "Nội dung đã chính xác".
        ("thông tin chính xác", Kind.Yes), ("thông tin trên chính xác", Kind.Yes), ("thông tin đã chính xác", Kind.Yes),
        ("thông tin trên đã chính xác", Kind.Yes), ("nội dung chính xác", Kind.Yes), ("nội dung đã chính xác", Kind.Yes),
        ("thông tin trên là chính xác", Kind.Yes), ("các thông tin trên là chính xác", Kind.Yes), ("các thông tin trên chính xác", Kind.Yes),
        ("các thông tin trên đã chính xác", Kind.Yes), ("thông tin trên là đúng", Kind.Yes), ("các thông tin trên là đúng", Kind.Yes),
        ("thông tin đúng", Kind.Yes), ("đề nghị gửi", Kind.Yes),
        ("chính xác", Kind.Yes), ("tất nhiên", Kind.Yes), ("dĩ nhiên", Kind.Yes),
        ("có", Kind.Yes), ("được", Kind.Yes), ("đuợc", Kind.Yes), ("đựơc", Kind.Yes), ("đươc", Kind.Yes), ("đựoc", Kind.Yes), ("đc", Kind.Yes), ("ok", Kind.Yes), ("oke", Kind.Yes), ("okie", Kind.Yes),
        ("oki", Kind.Yes), ("okay", Kind.Yes), ("okela", Kind.Yes), ("yes", Kind.Yes), ("y", Kind.Yes),
        ("đúng", Kind.Yes), ("đừng", Kind.No), ("phải", Kind.Yes), ("chuẩn", Kind.Yes),
        ("ừ", Kind.SoftYes), ("uh", Kind.SoftYes), ("ừm", Kind.SoftYes), ("uhm", Kind.SoftYes), ("uk", Kind.SoftYes),
        ("dạ", Kind.SoftYes), ("vâng", Kind.SoftYes),
        ("không", Kind.Negator), ("ko", Kind.Negator), ("k", Kind.Negator), ("kh", Kind.Negator), ("khg", Kind.Negator),
        ("kg", Kind.Negator), ("hông", Kind.Negator), ("hok", Kind.Negator), ("hem", Kind.Negator), ("khum", Kind.Negator),
        ("chưa", Kind.Negator), ("thôi", Kind.Thoi),
        ("hủy", Kind.No), ("huỷ", Kind.No), ("no", Kind.No), ("nope", Kind.No), ("sai", Kind.No), ("khỏi", Kind.No),
        ("cancel", Kind.No),
        ("ạ", Kind.Filler), ("à", Kind.Filler), ("ah", Kind.Filler), ("nhé", Kind.Filler), ("nha", Kind.Filler),
        ("nhá", Kind.Filler), ("nhen", Kind.Filler), ("nè", Kind.Filler), ("ơi", Kind.Filler), ("rồi", Kind.Filler),
        ("vậy", Kind.Filler), ("thế", Kind.Filler), ("chứ", Kind.Filler), ("đi", Kind.Filler), ("luôn", Kind.Filler),
        ("mà", Kind.Filler), ("là", Kind.Filler), ("em", Kind.Filler), ("e", Kind.Filler), ("anh", Kind.Filler), ("chị", Kind.Filler),
        ("tôi", Kind.Filler), ("mình", Kind.Filler), ("bạn", Kind.Filler), ("cô", Kind.Filler), ("chú", Kind.Filler),
        ("bác", Kind.Filler), ("cháu", Kind.Filler), ("con", Kind.Filler), ("ad", Kind.Filler), ("admin", Kind.Filler),
        ("xin", Kind.Filler), ("thanks", Kind.Filler), ("tks", Kind.Filler), ("nhiều", Kind.Filler), ("đấy", Kind.Filler), ("đó", Kind.Filler),
        ("nhỉ", Kind.Filler), ("hen", Kind.Filler), ("cũng", Kind.Filler),
        // Teen spellings of "đi", "luôn", "rồi": "gửi ik", "ok lun", "chuẩn r".
        ("ik", Kind.Filler), ("lun", Kind.Filler), ("r", Kind.Filler),
        // "rứa thì đặt đi", "vậy thì gửi luôn": then; "tôi đã kiểm tra, thông tin hoàn toàn chính xác": words around the answer.
        ("thì", Kind.Filler), ("rứa", Kind.Filler), ("vầy", Kind.Filler), ("đã", Kind.Filler), ("kiểm tra", Kind.Filler),
        ("hoàn toàn", Kind.Filler), ("thông tin", Kind.Filler), ("nội dung", Kind.Filler), ("trên", Kind.Filler), ("các", Kind.Filler),
        ("như trên", Kind.Filler), ("đều", Kind.Filler), ("đầy đủ", Kind.Yes), ("đề nghị tiếp nhận", Kind.Yes), ("xin tiếp nhận", Kind.Yes),
        ("đề nghị quý cơ quan tiếp nhận", Kind.Yes), ("okk", Kind.Yes), ("đcc", Kind.Yes), ("oce", Kind.Yes),
        // Telex turns the "oo" of a quick "ook" into "ô".
        ("ôk", Kind.Yes), ("ôke", Kind.Yes));

    private enum Kind
    {
        Filler,

        /// <summary>Says yes by itself: "có", "được", "đúng", "ok".</summary>
        Yes,

        /// <summary>Politeness that also means yes alone, but not before a negation: "dạ không" is a polite no.</summary>
        SoftYes,

        No,

        /// <summary>"không", "chưa": a no before a verb, a question after one ("được không?", "xong chưa?").</summary>
        Negator,

        /// <summary>"thôi" alone is "never mind", beside a yes it softens it: "được thôi", "thôi được" are "fine".</summary>
        Thoi,
    }

    /// <summary>True for yes, false for no, null when the text is not a yes/no answer.</summary>
    public static bool? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A question mark means the resident is asking, not answering.
        if (!text.Contains('?', StringComparison.Ordinal) && Read(WordSplitter.Split(text)) is { } whole)
        {
            return whole.Answer;
        }

        // "ok gửi đi", "đúng rồi đặt luôn": a yes opening the message, then words about what to do, with no negation.
        if (!text.Contains('?', StringComparison.Ordinal) && OpensWithPlainYes(WordSplitter.Split(text)))
        {
            return true;
        }

        // "Có ạ, mai em qua" answers first and talks after: the first clause is the answer. Clauses of fillers alone come
        // before it ("Tôi đã kiểm tra, thông tin hoàn toàn chính xác, xin xác nhận").
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOfAny(ClauseEnds, start);
            end = end < 0 ? text.Length : end;
            var words = WordSplitter.Split(text[start..end]);
            if (words.Length > 0)
            {
                if (end < text.Length && text[end] == '?')
                {
                    return null;
                }
                var reading = Read(words);
                if (reading is { Empty: false })
                {
                    return reading.Answer;
                }
                if (reading is null)
                {
                    if (OpensWithPlainYes(words))
                    {
                        return true;
                    }
                    // "em gọi rồi. xác nhận đặt lịch giúp em": a short clause saying something else comes before the answer;
                    // one that changes or refuses anything ("đổi giờ khác", "chưa được") is no prelude.
                    if (words.Length > MaxWordsOfAPrelude || IsNoPrelude(words))
                    {
                        return null;
                    }
                }
            }

            start = end + 1;
        }

        return null;
    }

    // What may follow a yes to say "go ahead" ("ok gửi đi", "đúng rồi đặt luôn"); anything else ("uhm để xem đã") is not a yes.
    private static readonly HashSet<string> GoAhead = new(
        ["gui", "dat", "luon", "ngay", "lich", "bao", "lam", "tiep", "vay", "di", "roi", "r", "nhe", "nha", "nhen", "a", "het", "tin", "do",
         "nay", "giup", "voi", "chot", "ad", "admin", "nhanh", "thong", "tren", "la", "chinh", "xac", "ca", "moi", "thu", "deu",
         "cho", "toi", "em", "minh", "gium", "dum", "doi", "lun", "cac", "noi", "dung", "va", "e", "nho", "quy", "co", "quan", "tiep", "nhan", "de", "nghi", "xin", "phep", "dang", "ky", "ghi", "hen"],
        StringComparer.Ordinal);

    /// <summary>
    /// Fillers, then a yes ("ok", "đúng", "vâng"), then only words that say go ahead ("ừm để xem đã" is not a yes),
    /// and nowhere a no, a negation or "thôi" (issue 14: "ok gửi đi" was not a yes).
    /// </summary>
    private static bool OpensWithPlainYes(ReadOnlySpan<Word> words)
    {
        var sawYes = false;
        while (!words.IsEmpty)
        {
            if (Words.TryMatch(words, out var kind, out var length))
            {
                if (kind is Kind.No or Kind.Negator or Kind.Thoi)
                {
                    return false;
                }
                // "có" and "phải" also open other sentences ("có thể", "có người", "phải làm sao"): not a yes here.
                if (kind is Kind.Yes && !sawYes && words[0].Folded is "co" or "phai" or "y")
                {
                    return false;
                }
                sawYes |= kind is Kind.Yes or Kind.SoftYes;
                words = words[length..];
                continue;
            }
            // "đặt luôn em", "gửi đi", "chốt": the action asked about, said instead of a yes.
            if (!sawYes && GoVerbs.Contains(words[0].Folded))
            {
                sawYes = true;
                words = words[1..];
                continue;
            }
            if (!sawYes || !GoAhead.Contains(words[0].Folded))
            {
                return false;
            }
            words = words[1..];
        }
        return sawYes;
    }

    private const int MaxWordsOfAPrelude = 4;

    private static bool IsNoPrelude(ReadOnlySpan<Word> words)
    {
        foreach (var word in words)
        {
            if (ChangeWords.Contains(word.Folded) || (Words.TryMatch([word], out var kind, out _) && kind is Kind.No or Kind.Negator or Kind.Thoi))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> ChangeWords = new(["doi", "sua", "sai", "nham", "lai", "khac", "chuyen", "hoi"], StringComparer.Ordinal);

    private static readonly HashSet<string> GoVerbs = new(["dat", "gui", "chot"], StringComparer.Ordinal);

    /// <summary>Null when some word is not a yes/no word or filler; otherwise the answer, which may be null for a question.</summary>
    private static Reading? Read(ReadOnlySpan<Word> words)
    {
        var kinds = new List<Kind>();
        while (!words.IsEmpty)
        {
            if (!Words.TryMatch(words, out var kind, out var length))
            {
                return null;
            }

            if (kind != Kind.Filler)
            {
                kinds.Add(kind);
            }

            words = words[length..];
        }

        if (kinds.Count == 0)
        {
            return new Reading(null, Empty: true);
        }

        var firstNegative = kinds.FindIndex(kind => kind is Kind.No or Kind.Negator or Kind.Thoi);
        if (firstNegative < 0)
        {
            return new Reading(true);
        }

        var last = kinds.Count - 1;
        if (firstNegative == last && kinds[last] == Kind.Negator && kinds.Contains(Kind.Yes))
        {
            return new Reading(null);
        }

        if (firstNegative == last && last > 0 && kinds[last] == Kind.Thoi)
        {
            return new Reading(true);
        }

        // "thôi được", "thôi cũng được, cảm ơn": "fine then", a yes after second thoughts.
        if (kinds[0] == Kind.Thoi && last > 0 && kinds.Skip(1).All(kind => kind is Kind.Yes or Kind.SoftYes))
        {
            return new Reading(true);
        }

        // Negation wins: "không đồng ý", "dạ không", "không được".
        return new Reading(false);
    }

    /// <param name="Empty">Fillers only ("tôi đã kiểm tra"): no answer yet.</param>
    private sealed record Reading(bool? Answer, bool Empty = false);
}
