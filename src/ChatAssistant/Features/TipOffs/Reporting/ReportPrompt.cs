using System.Globalization;
using System.Text.Json;
using ChatAssistant.Conversation.Activities;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Prompts;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.TipOffs.Evidence;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// Gathers a report over as many messages as the resident needs, until "xong": the story as text (in
/// <see cref="Mode.Story"/>), photos, videos and files, and a shared point. Each message is acknowledged, a limit
/// reached is said plainly, and what was accepted is kept, sealed in the prompt's state (<see cref="DraftSeal"/>).
/// </summary>
public sealed class ReportPrompt(
    string id, ReportPrompt.Mode mode, DraftSeal seal, IOptions<TipOffOptions> options, IOptions<EvidenceOptions> evidence)
    : Prompt<ReportParts>(id)
{
    public enum Mode
    {
        /// <summary>What happened: text required, media and a location welcome.</summary>
        Story,

        /// <summary>Evidence only: media, until "xong" or "không có".</summary>
        Evidence,
    }

    private const string PartsKey = "parts";

    private static readonly HashSet<string> DoneWords = new(
        ["xong", "xong roi", "het", "het roi", "du roi", "du", "done", "gui xong", "ke xong", "khong con", "vay thoi", "the thoi", "chi vay",
         "chi co vay", "ok xong", "xong a", "het a", "xong nhe"], StringComparer.Ordinal);

    private static readonly HashSet<string> NoneWords = new(
        ["khong", "khong co", "ko", "k", "khong co gi", "ko co", "kco", "bo qua", "khong con", "het roi"], StringComparer.Ordinal);

    private readonly TipOffOptions _limits = options.Value;
    private readonly long _maxFileBytes = evidence.Value.MaxFileBytes;

    protected override string RetryTextKey => mode == Mode.Story ? TipOffTexts.StoryRetry : TipOffTexts.EvidenceRetry;

    /// <summary>Everything typed at the story is the story: a question there is part of what happened.</summary>
    public override bool AcceptsAsides => mode != Mode.Story;

    /// <summary>A plain question about the service ("báo rồi có bị lộ không?") is answered even at the story.</summary>
    public override bool AcceptsQuestionsAboutTheService => true;

    /// <summary>
    /// "xong", "ok ạ" at the story, "không có ảnh chú ơi" at the evidence: answers the step takes, never courtesy or a
    /// question on the side, however polite.
    /// </summary>
    protected override bool SurelyAnswers(string text, PromptOptions options)
    {
        var folded = Shorthand.Normalize(text);
        return IsDone(folded) || (mode == Mode.Story
            ? IsNod(text, folded)
            : IsNone(folded) || TipOffAnonymity.Of(folded) is not null);
    }

    protected override string DefaultHelpTextKey => mode == Mode.Story ? TipOffTexts.StoryHelp : "help-prompt-attachment";

    protected override Task<PromptRecognition<ReportParts>> OnRecognizeAsync(
        ITurnContext turn, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        var parts = seal.Open<ReportParts>(turn, ReadSealed(instance)) ?? new ReportParts();
        var activity = turn.Activity;
        var text = activity.Text?.Trim();
        var folded = string.IsNullOrEmpty(text) ? "" : Shorthand.Normalize(text);
        // "Hai nhóm thanh niên đánh nhau. Tôi kể xong rồi.": the story's last line, and the end of it.
        var storyBeforeDone = mode == Mode.Story && !string.IsNullOrEmpty(text) ? EndsWithDone(text) : null;
        var finishing = storyBeforeDone is not null;
        if (finishing)
        {
            text = storyBeforeDone;
        }
        var (carried, accepted) = TakeMedia(turn, parts, options.MaxItems, _limits.MaxEvidenceFiles, _maxFileBytes);
        var took = carried;
        if (activity.Location is { } point && mode == Mode.Story)
        {
            parts.Location = point;
            took = true;
        }

        // At the evidence step, words after files mean the resident has moved on: the files are kept, not lost to retries.
        var movedOn = mode == Mode.Evidence && !string.IsNullOrEmpty(text) && parts.Media.Count > 0 && !carried;
        // "dạ vâng", "ok ạ" before any story is a nod to the question, not the story; after it, a nod says it is all.
        var nod = mode == Mode.Story && !carried && IsNod(text, folded);
        if (nod && parts.Story.Count == 0)
        {
            Keep(turn, instance, parts);
            turn.SendText(TipOffTexts.StoryEmpty);
            return Task.FromResult(PromptRecognition<ReportParts>.Collecting);
        }
        // "có" where the story begun in the first message is asked to go on: a yes to telling more, not the end of it.
        if (nod && parts.Story.Count == parts.ToldBefore)
        {
            parts.ToldBefore = -1;
            Keep(turn, instance, parts);
            turn.SendText(TipOffTexts.StoryGoOn);
            return Task.FromResult(PromptRecognition<ReportParts>.Collecting);
        }
        if (finishing && !string.IsNullOrWhiteSpace(text))
        {
            parts.Story.Add(text!);
        }
        // "khoảng 10 phút trước", "tối qua tầm 11h" after the story: the story is told, and this answers "khi nào".
        if (mode == Mode.Story && !carried && parts.Story.Count > 0 && !finishing && SaysWhen(turn, folded))
        {
            parts.When = text;
            return Task.FromResult(PromptRecognition<ReportParts>.Recognized(parts));
        }
        // "để tên em để công an liên lạc" at the evidence step: no evidence, and the next step's answer given ahead.
        var ahead = mode == Mode.Evidence && !carried && folded.Length > 0 ? TipOffAnonymity.Of(folded) : null;
        var answeredAhead = ahead is not null;
        if (answeredAhead)
        {
            parts.Anonymous = ahead;
        }
        if (IsDone(folded) || nod || (finishing && parts.Story.Count > 0) || (mode == Mode.Evidence && !carried && IsNone(folded)) || movedOn
            || answeredAhead)
        {
            if (mode == Mode.Story && parts.Story.Count == 0)
            {
                Keep(turn, instance, parts);
                turn.SendText(TipOffTexts.StoryEmpty);
                return Task.FromResult(PromptRecognition<ReportParts>.Collecting);
            }
            return Task.FromResult(PromptRecognition<ReportParts>.Recognized(parts));
        }

        if (mode == Mode.Story && !string.IsNullOrEmpty(text))
        {
            if (parts.Story.Sum(p => p.Length) + text.Length > _limits.MaxTextLength)
            {
                turn.SendText(TipOffTexts.StoryTooLong, ("max", _limits.MaxTextLength.ToString(CultureInfo.InvariantCulture)));
                Keep(turn, instance, parts);
                return Task.FromResult(PromptRecognition<ReportParts>.Collecting);
            }
            parts.Story.Add(text);
            took = true;
        }

        if (!took)
        {
            return Task.FromResult(PromptRecognition<ReportParts>.NotRecognized);
        }
        Keep(turn, instance, parts);
        if (mode == Mode.Story && !string.IsNullOrEmpty(text))
        {
            turn.SendText(TipOffTexts.StoryNoted);
        }
        else if (carried && accepted == 0)
        {
            // Every file was refused, and said so: no "received" after it.
        }
        else if (parts.Media.Count > 0)
        {
            // Counted over the whole report: files sent with the story came first.
            var total = mode == Mode.Story ? parts.Media.Count : _limits.MaxEvidenceFiles - options.MaxItems + parts.Media.Count;
            turn.SendText(TipOffTexts.StoryMediaNoted, ("count", total.ToString(CultureInfo.InvariantCulture)));
        }
        else
        {
            turn.SendText(TipOffTexts.StoryNoted);
        }
        return Task.FromResult(PromptRecognition<ReportParts>.Collecting);
    }

    /// <summary>
    /// Adds the message's media up to <paramref name="capacity"/>: whether the message carried any, and how many were
    /// kept. A file Zalo says is over the limit is refused now, by name, rather than found too large after the resident
    /// has gone.
    /// </summary>
    private static (bool Carried, int Accepted) TakeMedia(ITurnContext turn, ReportParts parts, int capacity, int reportMax, long maxBytes)
    {
        var media = turn.Activity.Attachments
            .Where(a => a.Url is not null && a.Kind is AttachmentKind.Image or AttachmentKind.Video or AttachmentKind.Audio or AttachmentKind.File)
            .ToList();
        if (media.Count == 0)
        {
            return (false, 0);
        }
        foreach (var large in media.Where(a => a.Size > maxBytes))
        {
            turn.SendText(TipOffTexts.MediaTooLarge,
                ("name", large.Name ?? large.Kind.ToString().ToLowerInvariant()),
                ("max", (maxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)));
        }
        media.RemoveAll(a => a.Size > maxBytes);
        var room = Math.Max(0, capacity - parts.Media.Count);
        var kept = media.Take(room).Select(a => new EvidenceSource(a.Kind.ToString().ToLowerInvariant(), a.Url!, a.Name, a.Size, a.ContentType)).ToList();
        parts.Media.AddRange(kept);
        if (media.Count > room)
        {
            turn.SendText(TipOffTexts.MediaTooMany, ("max", reportMax.ToString(CultureInfo.InvariantCulture)));
        }
        return (true, kept.Count);
    }

    // A nod is short; a longer message with "ok" in it is part of the story.
    private const int MaxNodWords = 4;

    /// <summary>"dạ vâng", "ok ạ": a short yes.</summary>
    private static bool IsNod(string? text, string normalized) =>
        YesNoRecognizer.Recognize(text) == true && normalized.Split(' ').Length <= MaxNodWords;

    // "k có ảnh ad", "tôi không chụp được", "camera nhà hàng xóm có quay nhưng em chưa lấy, giờ k có ảnh": saying
    // there is no evidence. The step asks for files, so a sentence saying there are none ends it, however long.
    private static readonly string[] NonePhrases =
        ["khong co", "khong chup", "chua chup", "khong quay", "chua co", "khong kip", "het roi", "chua lay duoc", "khong lay duoc",
         "khong dam", "khong gui duoc", "chua gui duoc", "khong biet gui", "chua xin duoc", "khong xin duoc", "chua lay duoc"];

    private static readonly string[] DoneEndings = ["ke xong roi", "ke xong", "xong roi", "het roi", "vay thoi", "the thoi", "chi vay thoi", "xong"];

    /// <summary>"xong", "xong rồi ạ", "tôi kể xong rồi", "tôi đã trình bày xong", and slips of it ("xog"; Telex slips such as "xongg" are mended before).</summary>
    private static bool IsDone(string normalized)
    {
        if (SaysToldAll(normalized))
        {
            return true;
        }
        var trimmed = normalized.EndsWith(" a", StringComparison.Ordinal) || normalized.EndsWith(" nhe", StringComparison.Ordinal)
            ? normalized[..normalized.LastIndexOf(' ')]
            : normalized;
        if (trimmed.StartsWith("toi ", StringComparison.Ordinal) || trimmed.StartsWith("em ", StringComparison.Ordinal)
            || trimmed.StartsWith("minh ", StringComparison.Ordinal))
        {
            trimmed = trimmed[(trimmed.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        }
        return DoneWords.Contains(trimmed) || DoneEndings.Contains(trimmed) || trimmed is "xog" or "xonh";
    }

    private static bool IsNone(string normalized)
    {
        var padded = " " + normalized + " ";
        return NoneWords.Contains(normalized) || NonePhrases.Any(phrase => padded.Contains(" " + phrase + " ", StringComparison.Ordinal));
    }

    // A short message that only says when: a time, a day, or how long ago.
    private const int MaxWordsOfWhen = 8;

    private static readonly string[] WhenPhrases =
        [" phut truoc ", " tieng truoc ", " gio truoc ", " hom qua ", " toi qua ", " dem qua ", " sang nay ", " chieu nay ", " toi nay ",
         " trua nay ", " tuan truoc ", " thang truoc ", " vua xong ", " vua nay ", " dang dien ra ", " luc nay ", " hom kia ", " khong nho "];

    // Words of a story, not of a time: "tối qua có người đánh nhau" tells more of what happened.
    private static readonly string[] StoryWords = [" co nguoi ", " danh ", " lay ", " trom ", " mat ", " cuop ", " nhin thay ", " thay ", " no ", " ho "];

    private static bool SaysWhen(ITurnContext turn, string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWordsOfWhen)
        {
            return false;
        }
        var padded = " " + folded + " ";
        if (StoryWords.Any(w => padded.Contains(w, StringComparison.Ordinal)))
        {
            return false;
        }
        var when = new DateTimeRecognizer(turn.Clock).Recognize(folded);
        return WhenPhrases.Any(p => padded.Contains(p, StringComparison.Ordinal)) || when is { Time: not null } || when is { Date: not null };
    }

    // Verbs of telling: "kể", "trình bày", "nói", "viết", "nhắn", "báo".
    private static readonly string[] TellingVerbs = ["ke", "trinh bay", "noi", "viet", "nhan", "bao", "dung"];

    private const int MaxWordsOfToldAll = 10;

    // Words that close a message without adding to it: "xong rồi chú", "vậy thôi ad", "hết rồi ạ", "hết rồi đó".
    private static readonly HashSet<string> TrailingFillers = new(
        ["a", "ad", "admin", "anh", "chi", "chu", "co", "bac", "em", "oi", "nhe", "nha", "nhen", "vay", "chau", "con", "nhi", "do", "day"], StringComparer.Ordinal);

    private static string WithoutTrailingFillers(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && TrailingFillers.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words);
    }

    /// <summary>"tôi đã trình bày xong", "em kể hết rồi ạ", "chỉ có vậy thôi": a short clause saying the story is told.</summary>
    private static bool SaysToldAll(string normalized)
    {
        // "tôi xin dừng phần trình bày tại đây": "đây" is a filler at the end of most messages, but not of this one.
        var whole = " " + normalized + " ";
        normalized = WithoutTrailingFillers(normalized);
        var words = normalized.Split(' ');
        if (words.Length > MaxWordsOfToldAll)
        {
            return false;
        }
        var padded = " " + normalized + " ";
        var ends = padded.EndsWith(" xong ", StringComparison.Ordinal) || padded.EndsWith(" xong roi ", StringComparison.Ordinal)
            || padded.EndsWith(" het roi ", StringComparison.Ordinal) || padded.EndsWith(" het ", StringComparison.Ordinal)
            || padded.EndsWith(" xong a ", StringComparison.Ordinal) || padded.EndsWith(" het a ", StringComparison.Ordinal)
            || padded.EndsWith(" xong roi a ", StringComparison.Ordinal) || padded.EndsWith(" het roi a ", StringComparison.Ordinal);
        // "mình kể vậy thôi", "thế thôi ạ", "chỉ có vậy": short, nothing but the closing words.
        var trimmed = padded.EndsWith(" a ", StringComparison.Ordinal) ? padded[..^2] : padded;
        var closes = words.Length <= MaxWordsOfClosing && ClosingEnds.Any(end => trimmed.EndsWith(end, StringComparison.Ordinal));
        var told = ends || ToldEnds.Any(end => padded.EndsWith(end, StringComparison.Ordinal) || whole.EndsWith(end, StringComparison.Ordinal));
        return closes || (told && TellingVerbs.Any(verb => padded.Contains(" " + verb + " ", StringComparison.Ordinal)));
    }

    private const int MaxWordsOfClosing = 5;

    private static readonly string[] ClosingEnds = [" vay thoi ", " the thoi ", " chi vay ", " co vay ", " vay do ", " het roi ", " the do ", " vay thui ", " xong roi ", " xong "];

    // "tôi đã trình bày đầy đủ những gì tôi biết", "tôi xin kể đến đây thôi": the story is told, said with a verb of telling.
    private static readonly string[] ToldEnds =
        [" day du ", " toi biet ", " em biet ", " minh biet ", " den day ", " nhu vay ", " den day thoi ", " den day thui ", " xong su viec ",
         " het su viec ", " xong noi dung ", " tai day ", " o day ", " trinh bay xong ", " day du su viec ", " du su viec "];

    /// <summary>The message without a closing "tôi kể xong rồi" sentence, when it ends with one; null when it does not.</summary>
    private static string? EndsWithDone(string text)
    {
        var cut = text.TrimEnd(' ', '.', '!', '…').LastIndexOfAny(['.', '!', ',', '\n']);
        if (cut <= 0)
        {
            return null;
        }
        var last = Shorthand.Normalize(text[(cut + 1)..]);
        var withoutSubject = last.StartsWith("toi ", StringComparison.Ordinal) || last.StartsWith("em ", StringComparison.Ordinal)
            ? last[(last.IndexOf(' ', StringComparison.Ordinal) + 1)..]
            : last;
        return DoneEndings.Contains(withoutSubject.EndsWith(" a", StringComparison.Ordinal) ? withoutSubject[..^2] : withoutSubject) || SaysToldAll(last)
            ? text[..cut].TrimEnd()
            : null;
    }

    /// <summary>Starts the prompt with what was already told (the story a resident agreed to report).</summary>
    public static void Begin(ITurnContext turn, DialogInstance instance, DraftSeal seal, ReportParts parts)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(seal);
        instance.State[PartsKey] = JsonSerializer.SerializeToNode(seal.Seal(turn, parts));
    }

    private void Keep(ITurnContext turn, DialogInstance instance, ReportParts parts) =>
        instance.State[PartsKey] = JsonSerializer.SerializeToNode(seal.Seal(turn, parts));

    private static byte[]? ReadSealed(DialogInstance instance) => instance.State[PartsKey]?.Deserialize<byte[]>();
}
