using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Conversation.Runtime;

/// <summary>
/// Recognises the interrupting words. Whole messages, or for cancelling a whole clause of a short message ("thôi để hôm
/// khác, hủy đi"): "hủy lịch hẹn" is a request, not a "hủy", and a story that mentions "hủy" is not a cancel.
/// </summary>
public static class InterruptionRecognizer
{
    private static readonly Dictionary<string, Interruption> Phrases = Build(
        (Interruption.Menu, ["menu", "menu chinh", "tro ve", "quay lai", "quay ve", "ve menu", "trang chu", "bat dau lai", "main menu", "back",
            "trang chinh", "ve trang chinh", "quay ve trang chinh", "quay lai trang chinh", "quay lai menu", "quay ve menu", "ve menu chinh",
            "quay ve menu chinh", "quay lai menu chinh", "tro ve menu chinh", "tro ve menu", "ra menu", "xem menu", "xem lai menu",
            "cho xem menu", "menuu", "mneu",
            "meun", "mnue", "emnu"]),
        (Interruption.Help, ["giup", "giup do", "giup toi", "tro giup", "help", "huong dan", "?", "toi khong hieu", "khong hieu",
            "huong dan cach tra loi", "huong dan tra loi", "tra loi the nao", "phai tra loi sao", "phai tra loi the nao", "nhan gi bay gio",
            "lam sao de hoi", "hoi the nao", "hoi nhu the nao", "dung the nao", "dung nhu the nao", "su dung the nao", "su dung nhu the nao",
            "cach su dung", "huong dan su dung"]),
        (Interruption.Cancel, ["huy", "huy bo", "cancel", "dung lai", "ngung", "khong lam nua", "thoi khong lam nua", "thoi huy", "thoi bo",
            "thoi khoi", "huy di", "bo di", "thoi dung lai", "de hom khac", "de hom sau", "de khi khac", "de lan khac", "thoi de hom khac",
            "khong can nua", "thoi khong can nua", "dung o day", "dung tai day", "de sau", "de luc khac"]),
        (Interruption.Officer, ["gap can bo", "noi chuyen voi can bo", "gap nguoi that", "can bo", "gap nhan vien", "lien he can bo", "toi muon gap can bo", "cho gap can bo"]));

    // Cancels that name what they cancel: a clause of any message saying one of them stops the flow ("Tôi suy nghĩ
    // lại, gia đình họ đã hòa giải, xin hủy tin báo này."). "hủy lịch hẹn" is not one: it asks to cancel a booking.
    private static readonly HashSet<string> NamedCancels = new(
        ["huy tin bao", "huy tin bao nay", "xin huy tin bao", "xin huy tin bao nay", "toi xin huy tin bao", "khong bao nua",
         "thoi khong bao nua", "khong muon bao nua", "toi khong muon bao nua", "em khong muon bao nua", "khong gui nua",
         "thoi khong gui nua", "huy dat lich", "khong dat lich nua", "thoi khong dat nua", "khong dat nua",
         // Putting it off: "thôi để tôi hỏi lại chủ nhà đã, khi khác đặt sau".
         "khi khac dat sau", "khi khac dat", "luc khac dat", "luc khac dat sau", "hom khac dat", "hom khac dat sau", "lan sau dat",
         "de khi khac", "de luc khac", "de lan khac", "de lan sau", "khi khac", "luc khac", "de sau", "tam thoi chua dat lich", "tam thoi chua dat",
         "chua dat lich voi", "thoi chua dat",
         // Holding a report back: "thôi để tôi hỏi ý kiến gia đình đã, chưa gửi đâu".
         "chua gui dau", "khong gui dau", "thoi chua gui", "dung gui",
         // Keeping an appointment as it was: "xin giữ nguyên lịch cũ, không đổi nữa".
         "khong doi nua", "thoi khong doi"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a clause refuses to go on with what it names ("thôi khỏi, không đặt nữa", "tôi không muốn báo nữa"): no
    /// answer to any question, whatever a step would make of its words ("khỏi" skips a phone number).
    /// </summary>
    public static bool RefusesToGoOn(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && VietnameseText.Clauses(text).Any(clause => NamedCancelForms(clause).Any(c => NamedCancels.Contains(c) && c.EndsWith(" nua", StringComparison.Ordinal)));

    // How a clause putting a booking off ends: "để tôi sắp xếp rồi đặt lịch sau nhé", "hôm khác tôi sẽ nhắn lại".
    private static readonly string[] PuttingOff = [" dat lich sau", " dat sau", " tinh sau", " nhan lai sau", " se nhan lai", " hen lai sau", " bao sau", " bao lai sau"];

    // Politeness residents add around a command ("giúp với ạ", "menu nhé").
    private static readonly string[] Trailing =
        [" a", " nhe", " nha", " voi", " di", " giup", " cho toi", " giup toi", " giup em", " giup minh", " ad", " admin", " luon",
         " mot chut", " mot lat", " chut", " da", " duoc khong", " vay"];

    // Longer messages are stories or questions: a clause of them saying "hủy" is not an order to stop.
    private const int MaxWordsForAClause = 10;

    private const int MaxWordsOfAClosingCancel = 4;

    private const int MaxWordsOfAnOpeningCancel = 5;

    public static Interruption Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Interruption.None;
        }
        var whole = RecognizeWhole(text);
        if (whole != Interruption.None)
        {
            return whole;
        }
        if (DoesNotKnowHowToAnswer(text))
        {
            return Interruption.Help;
        }
        var clauses = VietnameseText.Clauses(text);
        if (clauses.Any(clause => NamedCancelForms(clause).Any(NamedCancels.Contains)))
        {
            return Interruption.Cancel;
        }
        var asks = text.Contains('?', StringComparison.Ordinal);
        if (!asks && clauses.Any(clause => WithTrailingRemoved(" " + VietnameseText.Fold(clause)).Any(c => PuttingOff.Any(end => c.EndsWith(end, StringComparison.Ordinal)))))
        {
            return Interruption.Cancel;
        }
        // "thôi để mai tôi lên phường nói trực tiếp, hủy nhé", "hồ sơ nộp lâu rồi mà chưa có, cho gặp cán bộ": a message
        // closing on a cancel or a request for a person, however long before it.
        var closing = clauses.Length > 1 && !asks ? RecognizeWhole(clauses[^1]) : Interruption.None;
        if (closing is Interruption.Cancel or Interruption.Officer && VietnameseText.Fold(clauses[^1]).Split(' ').Length <= MaxWordsOfAClosingCancel)
        {
            return closing;
        }
        // "Tôi xin dừng lại, tôi muốn trao đổi trực tiếp với cán bộ phụ trách": a clause asking to meet a person.
        if (!asks && AsksForAPerson(VietnameseText.Fold(clauses[^1])))
        {
            return Interruption.Officer;
        }
        // "Khoan đã, cho em về menu chính một chút", "Vâng, em về menu": the last clause asks for the menu.
        if (!asks && clauses.Length > 1 && RecognizeWhole(clauses[^1]) == Interruption.Menu)
        {
            return Interruption.Menu;
        }
        // "Xin lỗi, tôi muốn quay về menu chính để đặt lịch làm thủ tục trước": the menu asked for, with what for.
        if (!asks && clauses.Any(GoesBackToTheMenuToDoSomething))
        {
            return Interruption.Menu;
        }
        // "thôi ad hủy đi, để mai em lên phường kể trực tiếp": one opening on a cancel, however long the reason after it.
        if (clauses.Length > 1 && !asks && RecognizeWhole(clauses[0]) == Interruption.Cancel
            && VietnameseText.Fold(clauses[0]).Split(' ').Length <= MaxWordsOfAnOpeningCancel)
        {
            return Interruption.Cancel;
        }
        if (clauses.Length < 2 || asks || VietnameseText.Fold(text).Split(' ').Length > MaxWordsForAClause)
        {
            return Interruption.None;
        }
        return clauses.Any(clause => RecognizeWhole(clause) == Interruption.Cancel) ? Interruption.Cancel : Interruption.None;
    }

    /// <summary>"hk bik chọn ngày ntn ad", "em không biết trả lời sao": not knowing how to answer the question asked.</summary>
    private static bool DoesNotKnowHowToAnswer(string text)
    {
        var words = Shorthand.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length > 0 && words[0] is "em" or "toi" or "minh" or "tui" or "con" or "chau" ? 1 : 0;
        return words.Length - start is >= 3 and <= MaxWordsOfNotKnowing
            && words[start] is "khong" or "chua" && words[start + 1] == "biet" && AnsweringVerbs.Contains(words[start + 2]);
    }

    private const int MaxWordsOfNotKnowing = 10;

    private static readonly HashSet<string> AnsweringVerbs = new(["chon", "tra", "bam", "nhap", "ghi", "nhan", "dien", "go"], StringComparer.Ordinal);

    /// <summary>A clause folded, without the politeness that may close it, and without a word that opens it ("thôi tôi không
    /// muốn báo nữa"): the forms a named cancel is looked for in.</summary>
    private static IEnumerable<string> NamedCancelForms(string clause)
    {
        var folded = VietnameseText.Fold(clause);
        var forms = WithTrailingRemoved(folded);
        return AfterLeading(folded) is { } rest ? forms.Concat(WithTrailingRemoved(rest)) : forms;
    }

    // Verbs of meeting or talking with someone: with "cán bộ" in a clause, a request for a person ("cho hỏi" is not one).
    private static readonly string[] MeetVerbs = [" gap ", " noi chuyen ", " trao doi ", " lien he ", " lam viec truc tiep ", " nhan tin voi "];

    private const int MaxWordsOfAPersonRequest = 12;

    private static bool AsksForAPerson(string folded)
    {
        var padded = " " + folded + " ";
        return padded.Contains(" can bo ", StringComparison.Ordinal) && MeetVerbs.Any(verb => padded.Contains(verb, StringComparison.Ordinal))
            && !padded.Contains(" cho hoi ", StringComparison.Ordinal) && !padded.Contains(" xin hoi ", StringComparison.Ordinal)
            && !padded.Contains(" can bo oi ", StringComparison.Ordinal) && folded.Split(' ').Length <= MaxWordsOfAPersonRequest;
    }

    private static readonly HashSet<string> Vocatives = new(["ad", "admin", "oi"], StringComparer.Ordinal);

    private static bool GoesBackToTheMenuToDoSomething(string clause)
    {
        var folded = VietnameseText.Fold(clause);
        folded = AfterLeading(folded) ?? folded;
        var purpose = folded.IndexOf(" de ", StringComparison.Ordinal);
        return purpose > 0 && Phrases.TryGetValue(folded[..purpose], out var found) && found == Interruption.Menu && folded[..purpose].Contains(' ', StringComparison.Ordinal);
    }

    // Politeness residents put before a command ("xin cho tôi quay về trang chính").
    private static readonly string[] Leading = ["xin cho toi ", "xin cho em ", "cho toi ", "cho em ", "toi xin ", "toi muon ", "em muon ", "xin ",
        // And the little words a reply opens on: "thế thôi hủy đi", "vậy thôi khỏi".
        "ad oi ", "admin oi ", "anh oi ", "chi oi ", "em oi ", "ad ", "admin ", "khoan ", "the thoi ", "vay thoi ", "ma thoi ", "u ", "thoi em ", "thoi toi ", "thoi minh ", "thoi ", "em ", "toi ", "minh ", "e "];

    /// <summary>The folded text after the politeness or the little word it opens on, or null when it opens on none.</summary>
    private static string? AfterLeading(string folded) =>
        Leading.FirstOrDefault(l => folded.StartsWith(l, StringComparison.Ordinal)) is { } lead ? folded[lead.Length..] : null;

    private static Interruption RecognizeWhole(string text)
    {
        var found = RecognizeFolded(text.Trim() == "?" ? "?" : VietnameseText.Fold(text));
        if (found != Interruption.None || text.Trim() == "?")
        {
            return found;
        }
        // "huong danx cach tra loi di": with the slips of the thumb mended, as the word splitter mends them; "thui e ra
        // menu": with the shorthand spelled out.
        found = RecognizeFolded(string.Join(' ', Recognizers.WordSplitter.Split(text).Select(word => word.Folded)));
        return found != Interruption.None ? found : RecognizeFolded(Shorthand.Normalize(text));
    }

    private static Interruption RecognizeFolded(string folded)
    {
        // "thôi ad hủy đi": the unit called by name inside the command.
        folded = string.Join(' ', folded.Split(' ').Where((word, i) => i == 0 || !Vocatives.Contains(word)));
        if (AfterLeading(folded) is { } rest && WithTrailingRemoved(rest).Any(Phrases.ContainsKey))
        {
            folded = rest;
        }
        foreach (var candidate in WithTrailingRemoved(folded))
        {
            if (Phrases.TryGetValue(candidate, out var found))
            {
                return found;
            }
        }
        return Interruption.None;
    }

    /// <summary>The folded text, then without one to four of the politeness words that may close it.</summary>
    private static IEnumerable<string> WithTrailingRemoved(string folded)
    {
        yield return folded;
        for (var round = 0; round < 4; round++)
        {
            var suffix = Trailing.FirstOrDefault(t => folded.EndsWith(t, StringComparison.Ordinal) && folded.Length > t.Length);
            if (suffix is null)
            {
                yield break;
            }
            folded = folded[..^suffix.Length];
            yield return folded;
        }
    }

    private static Dictionary<string, Interruption> Build(params (Interruption Kind, string[] Phrases)[] groups) =>
        groups.SelectMany(g => g.Phrases.Select(p => (p, g.Kind))).ToDictionary(x => x.p, x => x.Kind, StringComparer.Ordinal);
}
