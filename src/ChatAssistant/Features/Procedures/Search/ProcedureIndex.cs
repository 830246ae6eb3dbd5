using ChatAssistant.Content;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Procedures.Search;

/// <summary>
/// Finds the procedures a resident's question is about: folded syllables and syllable bigrams, weighted like BM25
/// over name and aliases (high), situations (medium) and the field name (low); synonyms and syllable-level typo
/// tolerance widen the question; the share of the question's informative weight the best procedure covers decides
/// whether the question is in scope at all.
/// </summary>
public sealed class ProcedureIndex : IStartupContent
{
    // Tuned on tests/ChatAssistant.Tests/Features/Procedures/evaluation.tsv; keep them few.
    private const double NameWeight = 3.0;
    private const double SituationWeight = 1.5;
    private const double FieldWeight = 0.5;
    private const double BigramWeight = 1.0;
    private const double SynonymWeight = 0.7;
    private const double TypoPenalty = 0.8;
    private const double K1 = 1.2;
    private const double B = 0.5;
    /// <summary>Below this share of the question's informative weight matched by the best procedure: out of scope
    /// ("đăng ký kết hôn": "kết hôn" is unmatched).</summary>
    private const double CoverageFloor = 0.25;
    /// <summary>The evidence for the best procedure (the informative weight it matches, plus its normalised score times
    /// <see cref="ScoreEvidence"/>) must reach this, or the question is out of scope: a question that only shares common
    /// words ("làm", "giấy", "đăng ký") with the catalogue is not about it.</summary>
    private const double EvidenceFloor = 7.6;
    private const double ScoreEvidence = 8.0;
    /// <summary>The runner-up scoring at least this share of the winner makes the answer a list of candidates.</summary>
    private const double CandidateRatio = 0.8;
    /// <summary>Hits scoring below this share of the winner are not shown.</summary>
    private const double HitFloor = 0.5;
    /// <summary>How many of the best hits are checked for a name spelled out in the question.</summary>
    private const int NamedWindow = 50;

    /// <summary>How residents address the unit and speak of themselves ("cháu ơi", "bác hỏi", "em muốn"): they say
    /// nothing of the procedure, and as words no entry has they would weigh the most. Unlike the other stop words they
    /// may still be a slip for a syllable of the catalogue ("tạm chú" is "tạm trú"). Not "chú", which folds like "chủ" (chủ trọ).</summary>
    private static readonly string[] AddressWords = ["chau", "bac", "em", "anh", "chi", "minh", "ad", "admin", "ban", "ong", "co", "cac anh", "cac chi"];

    private static readonly string[][] StopPhrases =
    [
        .. new[]
        {
            // "mất" of what a procedure costs or takes, not of what was lost ("hộ chiếu mất bao lâu").
            "mat bao lau", "mat bao nhieu", "mat may ngay", "mat bao nhieu ngay", "mat phi", "mat tien", "mat thoi gian", "mat bao nhieu tien",
            // When the paper is ready: "bao lâu mới có kết quả", "mấy ngày là xong".
            "moi co ket qua", "co ket qua", "ket qua", "moi xong", "la xong", "thi xong",
            // "làm căn cước thì thường bao lâu mới có thể": "thường" (usually) and "có thể" (can) are no "thường trú", no "thẻ".
            "thuong", "co the", "moi co the", "bao lau moi", "moi duoc",
            // The fee asked of a procedure named beside it ("lệ phí hộ chiếu"): the aspect, not the procedure.
            "le phi", "chi phi", "phi", "thoi han", "thoi gian",
            "cho toi hoi", "cho hoi", "the con", "nhung gi", "giay to gi", "giay gi", "o dau", "nhu the nao", "the nao", "bao lau", "bao nhieu tien",
            "bao nhieu", "lam sao", "phai lam gi", "lam gi", "can gi", "mang theo gi", "thi sao", "co phai", "duoc khong",
            "co duoc", "xu ly sao", "phai bao ai", "toi", "muon", "can", "a", "nhe", "vay", "gi", "thi", "khong", "phai",
            "oi", "ah", "voi", "la", "cua", "nay", "roi", "gio", "hay",
            // Asking which ("giấy tờ nào"): said as it is, never a slip for the "cáo" of "tố cáo".
            "nao", "nhung", "gom",
            // Greetings and the formal frame of a letter ("kính chào quý cơ quan, tôi xin hỏi thủ tục ..."), and the
            // bare verb and the ways of asking how ("căn cước làm như thế nào", "làm lại căn cước ra răng").
            "kinh chao", "kinh gui", "quy co quan", "xin chao", "chao", "xin hoi", "xin phep hoi", "thua", "thu tuc", "lam",
            "ra sao", "ra rang", "sao", "nhu nao",
            // Filing, which every procedure asks ("nộp hồ sơ thường trú"); "nộp phạt" keeps it as a known pair.
            "nop",
            // A booking's words beside the procedure it is for ("đặt lịch căn cước").
            "dat lai lich hen", "dat lai lich", "dat lich hen", "dat lich", "lich hen", "dat hen",
            // Why a booking is moved ("thứ Sáu tôi phải đi công tác"): no "công tác nghiệm thu".
            "di cong tac",
        }.Concat(AddressWords).Select(p => p.Split(' ')).OrderByDescending(p => p.Length),
    ];

    /// <summary>The one-syllable stop words no slip is mended to: said as they are ("toi", "can"); the address words may be slips.</summary>
    private static readonly HashSet<string> FixedStopSyllables =
        [.. StopPhrases.Where(p => p.Length == 1 && !AddressWords.Contains(p[0])).Select(p => p[0])];

    /// <summary>Verbs every procedure's name has: two words of a name with one of them name nothing ("làm hộ" is no part of "làm hộ chiếu").</summary>
    private static readonly HashSet<string> ProcedureVerbs = new(["lam", "xin", "cap", "dang", "ky", "khai", "bao", "nop"], StringComparer.Ordinal);

    private readonly List<Document> _documents;
    /// <summary>Each procedure's name pairs (see <see cref="NamePairs"/>), read once: follow-ups ask for them every turn.</summary>
    private readonly Dictionary<string, string[]> _namePairs;
    /// <summary>For each term, the documents that have it with their BM25 term factor: a search touches only those.</summary>
    private readonly Dictionary<string, List<(int Document, double Factor)>> _postings;
    private readonly Dictionary<string, double> _idf;
    private readonly HashSet<string> _syllables;
    private readonly Dictionary<int, List<string>> _syllablesByLength;
    private readonly double _unknownIdf;
    private readonly double _averageLength;
    private readonly Synonyms _synonyms;

    private ProcedureIndex(List<Document> documents, Synonyms synonyms)
    {
        _documents = documents;
        _namePairs = documents.ToDictionary(d => d.Procedure.Id, NamePairsOf, StringComparer.Ordinal);
        _postings = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        _synonyms = synonyms;
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Terms.Keys))
        {
            df[term] = df.GetValueOrDefault(term) + 1;
        }
        var n = documents.Count;
        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log(1 + ((n - kv.Value + 0.5) / (kv.Value + 0.5))), StringComparer.Ordinal);
        _unknownIdf = Math.Log(1 + ((n + 0.5) / 0.5));
        _syllables = [.. df.Keys.Where(t => !t.Contains(' ', StringComparison.Ordinal))];
        _syllablesByLength = _syllables.GroupBy(s => s.Length).ToDictionary(g => g.Key, g => g.ToList());
        _averageLength = documents.Count == 0 ? 1 : documents.Average(d => d.Length);
        for (var i = 0; i < documents.Count; i++)
        {
            var norm = K1 * (1 - B + (B * documents[i].Length / _averageLength));
            foreach (var (term, tf) in documents[i].Terms)
            {
                if (!_postings.TryGetValue(term, out var list))
                {
                    _postings[term] = list = [];
                }
                list.Add((i, tf * (K1 + 1) / (tf + norm)));
            }
        }
    }

    public static ProcedureIndex Build(ProcedureCatalogue catalogue, Synonyms synonyms)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(synonyms);
        var documents = new List<Document>();
        foreach (var field in catalogue.Fields)
        {
            foreach (var procedure in field.Procedures)
            {
                var terms = new Dictionary<string, double>(StringComparer.Ordinal);
                var length = 0.0;
                void Add(string text, double weight)
                {
                    var syllables = Tokens(text);
                    foreach (var term in TermsOf(syllables))
                    {
                        terms[term] = terms.GetValueOrDefault(term) + weight;
                    }
                    length += syllables.Length * weight;
                }
                Add(procedure.Name, NameWeight);
                foreach (var alias in procedure.Aliases)
                {
                    Add(alias, NameWeight);
                }
                foreach (var situation in procedure.Situations)
                {
                    Add(situation, SituationWeight);
                }
                Add(field.Name, FieldWeight);
                string[][] names = [.. procedure.Aliases.Prepend(procedure.Name).Select(Tokens).Where(t => t.Length >= 2)];
                documents.Add(new Document(procedure, terms, length, names));
            }
        }
        return new ProcedureIndex(documents, synonyms);
    }

    public SearchResult Search(string question, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(question);
        var tokens = WithoutTheAppointmentsWords(WithoutTheDossier(Tokens(question).ToList()));
        var corrected = new bool[tokens.Count];
        CorrectTypos(tokens, corrected);
        var matches = _synonyms.Find(tokens);
        var inSynonym = new bool[tokens.Count];
        foreach (var match in matches)
        {
            for (var i = match.Start; i < match.Start + match.Length; i++)
            {
                inSynonym[i] = true;
            }
        }
        var keep = KeepInformative(tokens, inSynonym);

        // The question's terms, weighted: its own syllables and bigrams (after stop words), then the synonyms' phrases.
        var query = new Dictionary<string, double>(StringComparer.Ordinal);
        var kept = Enumerable.Range(0, tokens.Count).Where(i => keep[i]).ToList();
        // An other body's word ("chứng tử") scores no procedure by its syllables; it only weighs against coverage.
        var elsewhere = new bool[tokens.Count];
        foreach (var match in matches.Where(m => m.Values.Count == 0))
        {
            Array.Fill(elsewhere, true, match.Start, match.Length);
        }
        var scored = kept.Where(i => !elsewhere[i] && tokens[i] != SaidDay).ToList();
        for (var k = 0; k < scored.Count; k++)
        {
            var i = scored[k];
            var weight = corrected[i] ? TypoPenalty : 1.0;
            AddMax(query, tokens[i], weight);
            if (k + 1 < scored.Count)
            {
                var j = scored[k + 1];
                AddMax(query, tokens[i] + " " + tokens[j], BigramWeight * (corrected[i] || corrected[j] ? TypoPenalty : 1.0));
            }
        }
        foreach (var value in matches.SelectMany(m => m.Values))
        {
            foreach (var term in TermsOf(value.Split(' ')))
            {
                AddMax(query, term, SynonymWeight * (term.Contains(' ', StringComparison.Ordinal) ? BigramWeight : 1.0));
            }
        }
        if (query.Count == 0)
        {
            return new SearchResult(question, [], SearchConfidence.OutOfScope);
        }

        var maximum = query.Sum(kv => kv.Value * Idf(kv.Key) * (K1 + 1));
        // Ties keep catalogue order, so the same question always gets the same answer.
        var shown = ScoreAboveFloor(query)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Document)
            .Select(s => (Document: _documents[s.Document], Score: s.Score / maximum))
            .ToList();
        if (shown.Count == 0)
        {
            return new SearchResult(question, [], SearchConfidence.OutOfScope);
        }
        // A procedure named in full is in scope however long the story around it ("gia đình tôi vừa mua căn hộ tại
        // phường, xin hỏi thủ tục đăng ký thường trú gồm những giấy tờ gì"); otherwise the best one must cover enough.
        // The question's syllables, then each synonym's phrase after them: "passport" names "hộ chiếu".
        var spelled = tokens.Concat(matches.SelectMany(m => m.Values.SelectMany(v => v.Split(' ').Prepend("|")))).ToList();
        var named = NamedProcedure.Find(spelled, [.. shown.Take(NamedWindow).Select(s => s.Document.Names)]);
        var best = shown[0];
        var (coverage, matchedWeight) = Coverage(best.Document, tokens, kept, matches);
        if (named is null && (coverage < CoverageFloor || matchedWeight + (ScoreEvidence * best.Score) < EvidenceFloor))
        {
            return new SearchResult(question, [], SearchConfidence.OutOfScope);
        }
        if (named is not null)
        {
            var namedHit = shown[named.Value];
            shown.RemoveAt(named.Value);
            shown.Insert(0, namedHit);
        }
        var close = shown.Count > 1 && shown[1].Score >= shown[0].Score * CandidateRatio && named is null;
        // "tạm trú bao lâu": "đăng ký tạm trú" and "gia hạn tạm trú" score alike, but only the first has nothing in its name
        // the question leaves out (verbs aside): the bare name is the registration, "gia hạn" would name the other.
        // (Its informative words: the "mất" of "mất bao lâu" is what it takes, no loss.)
        if (close && WhollySaid(shown.TakeWhile(s => s.Score >= shown[0].Score * CandidateRatio).Select(s => s.Document).ToList(),
                [.. kept.Select(i => tokens[i])]) is { } whole)
        {
            var wholeHit = shown[whole];
            shown.RemoveAt(whole);
            shown.Insert(0, wholeHit);
            close = false;
        }
        var hits = shown
            .Take(Math.Max(1, limit))
            .Select(s => new SearchHit(s.Document.Procedure, Math.Min(1.0, s.Score)))
            .ToList();
        var confidence = close ? SearchConfidence.Candidates : SearchConfidence.Confident;
        return new SearchResult(question, hits, confidence, named is not null);
    }

    /// <summary>The share of the informative weight of the question's syllables that <paramref name="document"/> matches,
    /// and that matched weight; a syllable inside a synonym key counts as matched when any syllable of its catalogue
    /// phrases is. Unknown syllables weigh as much as a syllable no procedure has; unknown numbers do not count; an other
    /// body's word weighs as unknown and is never matched.</summary>
    private (double Share, double Matched) Coverage(Document document, List<string> tokens, List<int> kept, IReadOnlyList<SynonymMatch> matches)
    {
        double total = 0, matched = 0;
        foreach (var i in kept)
        {
            var token = tokens[i];
            var known = _idf.ContainsKey(token);
            if ((!known && token.All(char.IsDigit)) || token == SaidDay)
            {
                continue;
            }
            var match = matches.FirstOrDefault(m => i >= m.Start && i < m.Start + m.Length);
            if (match is { Values.Count: 0 })
            {
                total += _unknownIdf;
                continue;
            }
            var weight = known ? _idf[token] : _unknownIdf;
            if (match is not null)
            {
                // An abbreviation stands for its whole phrase: its weight is the phrase's, shared by the key's syllables.
                var synonymSyllables = match.Values.SelectMany(v => v.Split(' ')).Where(_idf.ContainsKey).ToList();
                var phraseWeight = match.Values.Max(v => v.Split(' ').Distinct(StringComparer.Ordinal).Sum(s => _idf.GetValueOrDefault(s))) / match.Length;
                weight = Math.Max(known ? weight : 0, phraseWeight > 0 ? phraseWeight : _unknownIdf);
                total += weight;
                if (document.Terms.ContainsKey(token) || synonymSyllables.Any(document.Terms.ContainsKey))
                {
                    matched += weight;
                }
                continue;
            }
            total += weight;
            if (document.Terms.ContainsKey(token))
            {
                matched += weight;
            }
        }
        return (total == 0 ? 0 : matched / total, matched);
    }

    /// <summary>
    /// BM25 of the documents sharing a term with the query, accumulated from the postings, keeping those scoring at
    /// least <see cref="HitFloor"/> of the best: only they can be shown, and sorting fewer keeps big catalogues fast.
    /// </summary>
    private List<(int Document, double Score)> ScoreAboveFloor(Dictionary<string, double> query)
    {
        var scores = new double[_documents.Count];
        var touched = new List<int>();
        foreach (var (term, weight) in query)
        {
            if (_postings.TryGetValue(term, out var postings))
            {
                var termWeight = weight * Idf(term);
                foreach (var (document, factor) in postings)
                {
                    if (scores[document] == 0)
                    {
                        touched.Add(document);
                    }
                    scores[document] += termWeight * factor;
                }
            }
        }
        var top = touched.Count == 0 ? 0 : touched.Max(d => scores[d]);
        return [.. touched.Where(d => scores[d] > 0 && scores[d] >= top * HitFloor).Select(d => (d, scores[d]))];
    }

    /// <summary>
    /// The index among <paramref name="candidates"/> of the one with the longest name or alias whose words, the verbs every
    /// procedure has left aside, are all in the question (two words at least); null when none, or several as long.
    /// </summary>
    private static int? WhollySaid(List<Document> candidates, List<string> tokens)
    {
        var said = new HashSet<string>(tokens, StringComparer.Ordinal);
        // Of several, the one whose wholly said name is longest: "mất cả hộ chiếu" says "mất hộ chiếu" of the lost passport's
        // report, more than the "hộ chiếu" of its issue.
        var whole = candidates
            .Select((candidate, i) => (Index: i, Words: candidate.Names
                .Select(name => name.Where(word => !ProcedureVerbs.Contains(word)).ToList())
                .Where(words => words.Count >= 2 && words.All(said.Contains))
                .Select(words => words.Count)
                .DefaultIfEmpty(0)
                .Max()))
            .Where(c => c.Words > 0)
            .OrderByDescending(c => c.Words)
            .ToList();
        return whole switch
        {
            [var only] => only.Index,
            [var first, var second, ..] when first.Words > second.Words => first.Index,
            _ => null,
        };
    }

    /// <summary>Whether two words in a row of the procedure's name or an alias, neither of them a verb every procedure
    /// has, are in <paramref name="normalized"/> (folded): "còn sang tên xe thì bao lâu" speaks of "đăng ký sang tên xe".</summary>
    public bool SaysPartOfName(Procedure procedure, string normalized)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(normalized);
        return Shorthand.Mentions(normalized, NamePairs(procedure));
    }

    /// <summary>Whether <paramref name="normalized"/> says two words in a row of <paramref name="procedure"/>'s name or an
    /// alias that no name of <paramref name="other"/> has: "hộ chiếu cũ bị mất rồi, báo mất thì làm sao" says "báo mất" of
    /// the lost passport, which the passport's issue lacks; "hộ chiếu" both have.</summary>
    public bool SaysPartOfNameNotIn(Procedure procedure, Procedure other, string normalized)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(normalized);
        return Shorthand.Mentions(normalized, NamePairs(procedure).Except(NamePairs(other), StringComparer.Ordinal));
    }

    /// <summary>The pairs of words in a row of the procedure's name and aliases, neither of them a verb every procedure has,
    /// nor the pair a question of any procedure asks with ("cần điều kiện gì" is no part of the certificate "đủ điều kiện").</summary>
    private string[] NamePairs(Procedure procedure) => _namePairs.GetValueOrDefault(procedure.Id) ?? [];

    private static string[] NamePairsOf(Document document) =>
        [.. document.Names.SelectMany(words => Enumerable.Range(0, words.Length - 1)
            .Where(i => !ProcedureVerbs.Contains(words[i]) && !ProcedureVerbs.Contains(words[i + 1]))
            .Select(i => words[i] + " " + words[i + 1])
            .Where(pair => ProcedureAspects.Find(pair).Count == 0))];

    private double Idf(string term) => _idf.TryGetValue(term, out var idf) ? idf : _unknownIdf;

    /// <summary>Replaces a syllable that forms no known bigram with its neighbours by a close one that does:
    /// edit distance 1 (transpositions count 1) for unknown syllables of 3 letters or more, or a common
    /// spelling confusion (ch/tr, s/x, d/gi/r, n/ng/nh, c/t, i/y) for any syllable.</summary>
    private void CorrectTypos(List<string> tokens, bool[] corrected)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = i > 0 ? tokens[i - 1] : null;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            bool FormsBigram(string s) =>
                (previous is not null && _idf.ContainsKey(previous + " " + s)) || (next is not null && _idf.ContainsKey(s + " " + next));
            var known = _syllables.Contains(token);
            if (FormsBigram(token) || FixedStopSyllables.Contains(token))
            {
                continue;
            }
            var candidates = SyllableSpelling.PhoneticVariants(token, initialsOnly: known);
            if (!_syllables.Contains(token) && token.Length >= 3 && !token.All(char.IsDigit))
            {
                candidates = candidates.Concat(NearSyllables(token));
            }
            var replacement = candidates.Where(_syllables.Contains).Where(FormsBigram).OrderByDescending(s => _idf[s]).FirstOrDefault();
            if (replacement is not null)
            {
                tokens[i] = replacement;
                corrected[i] = true;
            }
        }
    }

    private IEnumerable<string> NearSyllables(string syllable)
    {
        for (var length = syllable.Length - 1; length <= syllable.Length + 1; length++)
        {
            if (_syllablesByLength.TryGetValue(length, out var list))
            {
                foreach (var candidate in list.Where(c => SyllableSpelling.WithinOneEdit(syllable, c)))
                {
                    yield return candidate;
                }
            }
        }
    }

    /// <summary>
    /// The syllables without "hồ sơ", the dossier every procedure has: it names none, and its "sơ" would otherwise begin
    /// "sổ tạm trú" ("hồ sơ tạm trú" read as "hồ" + the temporary residence book).
    /// </summary>
    private static List<string> WithoutTheDossier(List<string> tokens)
    {
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            if (tokens[i] == "ho" && tokens[i + 1] == "so")
            {
                tokens.RemoveRange(i, 2);
            }
        }
        return tokens;
    }

    // Where a day was said: no procedure's word, and no word of the question's either (it counts as numbers do).
    private const string SaidDay = "#";

    private static readonly HashSet<string> WeekdayNumbers = ["hai", "ba", "tu", "nam", "sau", "bay", "2", "3", "4", "5", "6", "7"];

    /// <summary>
    /// The syllables with each day of the week ("đặt lịch chủ nhật này", "thứ 5", "t5", "tuần sau") as one word no procedure has,
    /// and without the moving of an appointment ("dời lịch", "đổi sang"): a slip mender would make "chủ nhật" the "chủ nhà"
    /// of temporary residence, and "dời" is no "cấp đổi".
    /// </summary>
    private static List<string> WithoutTheAppointmentsWords(List<string> tokens)
    {
        var kept = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (tokens[i] is "t2" or "t3" or "t4" or "t5" or "t6" or "t7" or "cn")
            {
                // "đặt lại lịch tạm trú t5 nha"
                kept.Add(SaidDay);
                continue;
            }
            if ((tokens[i] == "chu" && next == "nhat") || (tokens[i] == "thu" && next is not null && WeekdayNumbers.Contains(next))
                || (tokens[i] == "tuan" && next is "sau" or "toi"))
            {
                // "dời sang thứ 5": the "sang" of moving to a day is not the "sang" of "sang tên", and the move no "cấp đổi".
                if (kept.Count > 0 && kept[^1] is "sang" or "qua")
                {
                    kept.RemoveAt(kept.Count - 1);
                    if (kept.Count > 0 && kept[^1] is "doi" or "chuyen")
                    {
                        kept.RemoveAt(kept.Count - 1);
                    }
                }
                kept.Add(SaidDay);
                i++;
                continue;
            }
            // "dời lịch hẹn nộp hồ sơ thường trú": the appointment is moved, no card exchanged ("cấp đổi").
            if (tokens[i] != "doi" || next != "lich")
            {
                kept.Add(tokens[i]);
            }
        }
        return kept;
    }

    /// <summary>False for stop syllables and phrases residents add ("cho hỏi", "ở đâu", "cần"), unless they are part
    /// of a synonym or form a known bigram with a neighbour ("căn cước" folds like "cần cước"). "của" pairs with nothing:
    /// "thường trú của tôi" is no "tạm trú của" of a catalogue text, nor its "tôi" the "tội" of "của tội phạm".</summary>
    private bool[] KeepInformative(List<string> tokens, bool[] inSynonym)
    {
        var keep = Enumerable.Repeat(true, tokens.Count).ToArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in StopPhrases)
            {
                if (i + phrase.Length > tokens.Count || !phrase.Select((s, k) => tokens[i + k] == s).All(x => x))
                {
                    continue;
                }
                var first = i;
                var last = i + phrase.Length - 1;
                var protectedPhrase = Enumerable.Range(first, phrase.Length).Any(k => inSynonym[k])
                    || (phrase.Length == 1 && tokens[first] != "cua" && (
                        (first > 0 && tokens[first - 1] != "cua" && _idf.ContainsKey(tokens[first - 1] + " " + tokens[first]))
                        || (last + 1 < tokens.Count && _idf.ContainsKey(tokens[last] + " " + tokens[last + 1]))));
                if (!protectedPhrase)
                {
                    for (var k = first; k <= last; k++)
                    {
                        keep[k] = false;
                    }
                }
                break;
            }
        }
        return keep;
    }

    private static void AddMax(Dictionary<string, double> query, string term, double weight) =>
        query[term] = Math.Max(query.GetValueOrDefault(term), weight);

    private static string[] Tokens(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.Length == 0 ? [] : folded.Split(' ');
    }

    private static IEnumerable<string> TermsOf(string[] syllables)
    {
        for (var i = 0; i < syllables.Length; i++)
        {
            yield return syllables[i];
            if (i + 1 < syllables.Length)
            {
                yield return syllables[i] + " " + syllables[i + 1];
            }
        }
    }

    /// <param name="Names">The folded name and aliases of two syllables or more, for <see cref="NamedProcedure"/>.</param>
    private sealed record Document(Procedure Procedure, Dictionary<string, double> Terms, double Length, string[][] Names);
}
