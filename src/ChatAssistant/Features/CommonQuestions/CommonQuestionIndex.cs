using ChatAssistant.Content;
using ChatAssistant.Conversation.Text;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Features.CommonQuestions;

/// <summary>
/// The questions about the service itself (dialogs/questions.yaml: a lost receipt code, whether a report stays secret,
/// how to change a booking), and which of them a message asks. A message matches an entry's phrasing when the words
/// that carry meaning, weighted by how rare they are among all the phrasings, are mostly shared both ways (an F1 of the
/// weighted overlap): "em mất mã rồi" matches "em mất mã rồi", and "mất căn cước có cấp lại không" does not match
/// "làm mất mã thì có được cấp lại không", for "căn cước" is nowhere in it.
/// </summary>
public sealed class CommonQuestionIndex : IStartupContent
{
    public const string FileName = "questions.yaml";

    // Words of asking, politeness and grammar: they say how, not what.
    private static readonly HashSet<string> Filler = new(
        ["a", "ad", "admin", "anh", "chi", "em", "toi", "minh", "ban", "oi", "cho", "hoi", "xin", "thi", "la", "cua", "vay", "nhe",
         "roi", "neu", "duoc", "khong", "co", "gi", "sao", "nao", "the", "nay", "do", "di", "voi", "va", "hay", "phai", "lam",
         "o", "cac", "nhung", "mot", "de", "ra", "vao", "se", "da", "dang", "chu", "bac", "con", "chau", "ong", "ba", "nha", "thoi",
         "ah", "u", "vang", "gio", "nhu", "kieu", "cach", "bang", "ai", "may", "cu"], StringComparer.Ordinal);

    /// <summary>A match this close is the question, whatever else the message says.</summary>
    public const double Close = 0.75;

    /// <summary>Inside a flow, a message asked as a question ("nếu con để tên thì bên nớ có biết không?") needs less.</summary>
    public const double CloseForAQuestionAside = 0.6;

    private const double MinRecall = 0.6;

    /// <summary>Each phrasing's meaningful words and their summed weight, computed once.</summary>
    private readonly List<(CommonQuestion Entry, string[] Words, double Weight)> _phrasings;
    private readonly Dictionary<string, double> _idf;
    private readonly double _unknownIdf;

    private CommonQuestionIndex(IReadOnlyList<CommonQuestion> entries)
    {
        Entries = entries;
        var phrasings = entries.SelectMany(e => e.Questions.Select(q => (Entry: e, Words: Words(q)))).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in phrasings.SelectMany(p => p.Words))
        {
            df[word] = df.GetValueOrDefault(word) + 1;
        }
        var n = Math.Max(1, phrasings.Count);
        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log(1 + ((double)n / kv.Value)), StringComparer.Ordinal);
        _unknownIdf = Math.Log(1 + n);
        _phrasings = [.. phrasings.Select(p => (p.Entry, p.Words, p.Words.Sum(Idf)))];
    }

    public IReadOnlyList<CommonQuestion> Entries { get; }

    /// <summary>
    /// The entry the message asks, with how closely it matches (0..1); null when no entry shares a word. With
    /// <paramref name="byClause"/>, a message of several clauses is also matched clause by clause, its best kept: "mà
    /// báo xong có ai biết tôi báo không, nhà tôi sát vách nhà bả" asks its first clause, which the story around it would
    /// otherwise drown.
    /// </summary>
    /// <param name="asked">The message says it asks ("mà em hỏi chút, … có ai biết tên em không?"): a phrasing it holds
    /// whole counts for more than the words around it, which are often the story ("người trong chung cư").</param>
    public (CommonQuestion Entry, double Score)? Match(string text, bool byClause = false, bool asked = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var beta = asked ? AskedRecallWeight : 1.0;
        var best = MatchWords(Words(text), beta);
        // "xin hỏi trước khi kể tiếp: nếu tôi gửi tin báo này thì …?": a colon or a question mark ends a clause too.
        var clauses = Clauses(text);
        if (!byClause || clauses.Count < 2)
        {
            return best;
        }
        foreach (var (clause, marked) in clauses)
        {
            var words = Words(clause);
            if (words.Length >= (marked ? MinWordsOfAMarkedQuestion : MinWordsOfAClause) && MatchWords(words, beta) is { } match
                && (best is null || match.Score > best.Value.Score))
            {
                best = match;
            }
        }
        return best;
    }

    /// <summary>A clause needs this many meaningful words to be matched alone: "theo dõi" is a command, not a question.</summary>
    private const int MinWordsOfAClause = 3;

    /// <summary>Closed by a question mark, two are enough: "Báo thì có ai biết tui báo không? Tui sợ tụi nó biết rồi kiếm chuyện".</summary>
    private const int MinWordsOfAMarkedQuestion = 2;

    /// <summary>The message's clauses, each with whether a question mark closes it.</summary>
    private static List<(string Clause, bool Marked)> Clauses(string text)
    {
        char[] ends = [.. VietnameseText.ClauseEnds, ':', '?'];
        var clauses = new List<(string, bool)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !ends.Contains(text[i]))
            {
                continue;
            }
            var clause = text[start..i].Trim();
            if (clause.Length > 0)
            {
                clauses.Add((clause, i < text.Length && text[i] == '?'));
            }
            start = i + 1;
        }
        return clauses;
    }

    /// <summary>How many times recall weighs against precision for a message that says it asks (the β of an F-score).</summary>
    private const double AskedRecallWeight = 2.0;

    private (CommonQuestion Entry, double Score)? MatchWords(string[] asked, double beta)
    {
        if (asked.Length == 0)
        {
            return null;
        }
        var askedWeight = asked.Sum(Idf);
        (CommonQuestion Entry, double Score)? best = null;
        foreach (var (entry, words, weight) in _phrasings)
        {
            var common = asked.Intersect(words, StringComparer.Ordinal).ToList();
            // One word in common is no question in common: "không biết" is not "báo thì có ai biết tôi báo không".
            if (common.Count < Math.Min(2, words.Length))
            {
                continue;
            }
            var shared = common.Sum(Idf);
            var precision = shared / askedWeight;
            var recall = shared / weight;
            // A few words of a phrasing are not its question: "theo dõi" alone is the follow-up command, not "mất mã
            // theo dõi thì sao".
            var score = recall < MinRecall ? 0 : (1 + (beta * beta)) * precision * recall / ((beta * beta * precision) + recall);
            if (best is null || score > best.Value.Score)
            {
                best = (entry, score);
            }
        }
        return best;
    }

    private double Idf(string word) => _idf.TryGetValue(word, out var idf) ? idf : _unknownIdf;

    /// <summary>The meaningful words, "bao lâu", "bao nhiêu" and "bao giờ" each as one ("bao giờ" as "bao lâu": both ask
    /// about time): their "bao" is not "báo" (a report).</summary>
    private static string[] Words(string text)
    {
        var normalized = " " + Shorthand.Normalize(text) + " ";
        foreach (var (phrase, word) in Compounds)
        {
            normalized = normalized.Replace(phrase, word, StringComparison.Ordinal);
        }
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "mà báo xong có ai biết không": "mà" (but) opening the sentence folds like "mã" (a code), which "mã theo dõi",
        // "mã số" still are.
        var start = words is ["ma", var next, ..] && next is not ("theo" or "so" or "ho" or "tin") ? 1 : 0;
        return [.. words.Skip(start)
            .Where(w => !Filler.Contains(w))
            .Select(w => Hotlines.Contains(w) ? Hotline : w)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The emergency numbers, one word for the matching: "gọi 114 mà máy bận" asks what "gọi 113 mà máy bận" does.</summary>
    private static readonly HashSet<string> Hotlines = new(["112", "113", "114", "115"], StringComparer.Ordinal);

    private const string Hotline = "113";

    private static readonly (string Phrase, string Word)[] Compounds =
        [(" bao lau ", " bao_lau "), (" bao nhieu ", " bao_nhieu "), (" bao gio ", " bao_lau ")];

    public static CommonQuestionIndex Load(DialogsFolder dialogs)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        return Load(dialogs.Path);
    }

    /// <param name="folder">The dialogs folder holding <see cref="FileName"/>; without the file there are no questions.</param>
    public static CommonQuestionIndex Load(string folder)
    {
        var file = Path.Combine(folder, FileName);
        if (!File.Exists(file))
        {
            return new CommonQuestionIndex([]);
        }
        var root = YamlDocuments.LoadMapping(file, "a mapping with 'questions'");
        var entries = new List<CommonQuestion>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            if ((key as YamlScalarNode)?.Value != "questions" || value is not YamlSequenceNode list)
            {
                throw new ContentException(file, Line(key), "expected only 'questions', a list of entries with 'id', 'questions' and 'answer'");
            }
            foreach (var item in list.Children)
            {
                var entry = Read(file, item as YamlMappingNode ?? throw new ContentException(file, Line(item), "an entry needs 'id', 'questions' and 'answer'"));
                if (entries.Any(e => e.Id == entry.Id))
                {
                    throw new ContentException(file, Line(item), $"the id '{entry.Id}' is used twice");
                }
                foreach (var question in entry.Questions)
                {
                    var normalized = Shorthand.Normalize(question);
                    if (owners.TryGetValue(normalized, out var owner))
                    {
                        throw new ContentException(file, Line(item), $"'{question}' is asked in '{owner}' too; a question belongs to one entry");
                    }
                    owners[normalized] = entry.Id;
                }
                entries.Add(entry);
            }
        }
        return new CommonQuestionIndex(entries);
    }

    private static CommonQuestion Read(string file, YamlMappingNode node)
    {
        string? id = null, answer = null;
        List<string>? questions = null;
        foreach (var (key, value) in node.Children)
        {
            switch ((key as YamlScalarNode)?.Value)
            {
                case "id":
                    id = (value as YamlScalarNode)?.Value?.Trim();
                    break;
                case "answer":
                    answer = (value as YamlScalarNode)?.Value?.Trim();
                    break;
                case "questions":
                    questions = value is YamlSequenceNode list
                        ? [.. list.Children.Select(q => (q as YamlScalarNode)?.Value?.Trim() is { Length: > 0 } text && Words(text).Length > 0
                            ? text
                            : throw new ContentException(file, Line(q), "a question must be a sentence with words that say what is asked"))]
                        : throw new ContentException(file, Line(value), "'questions' must be a list, one per line starting with '- '");
                    break;
                default:
                    throw new ContentException(file, Line(key), $"unexpected key '{(key as YamlScalarNode)?.Value}': only 'id', 'questions' and 'answer' are allowed");
            }
        }
        if (string.IsNullOrEmpty(id) || questions is not { Count: > 0 } || string.IsNullOrEmpty(answer))
        {
            throw new ContentException(file, Line(node), "an entry needs an 'id', at least one of 'questions' and an 'answer'");
        }
        return new CommonQuestion(id, questions, answer);
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
