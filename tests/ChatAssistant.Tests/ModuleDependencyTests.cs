using System.Text.RegularExpressions;
using ChatAssistant.Testing;

namespace ChatAssistant.Tests;

/// <summary>
/// Which module of src/ uses which, read from the source: the <c>using</c> directives and the names qualified from the
/// root namespace (<c>Conversation.Prompts.ConfirmPrompt</c>). A module is <c>ChatAssistant.Features.X</c> or
/// <c>ChatAssistant.X</c>. Two modules that use each other, directly or round a longer loop, cannot be read, changed or
/// tested apart. The loops below are the ones still to break; none may be added, and one broken leaves the list.
/// </summary>
public sealed partial class ModuleDependencyTests
{
    // Every use between two modules of the same loop ("A -> B": A uses B).
    private static readonly string[] KnownLoopEdges =
    [
        "Conversations -> Features.FrontDoor", "Features.CommonQuestions -> Features.Dossiers",
        "Features.Dossiers -> Features.Procedures", "Features.FrontDoor -> Conversations",
        "Features.Offices -> Features.Procedures", "Features.Procedures -> Features.CommonQuestions",
        "Features.Procedures -> Features.Offices",
    ];

    [Fact]
    public void NoModuleLoopIsAddedAndABrokenOneLeavesTheList()
    {
        var edges = ModuleUses();
        // The source was read: the service uses its storage, the runtime its dialogs.
        Assert.Contains("ChatAssistant.Storage", edges.GetValueOrDefault("ChatAssistant.Messaging") ?? []);
        var inLoops = LoopEdges(edges).Select(e => $"{Short(e.From)} -> {Short(e.To)}").Order(StringComparer.Ordinal).ToList();

        var added = inLoops.Except(KnownLoopEdges, StringComparer.Ordinal).ToList();
        var gone = KnownLoopEdges.Except(inLoops, StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0, "uses that close a loop between modules: " + string.Join(", ", added));
        Assert.True(gone.Count == 0, "no longer in a loop, remove from KnownLoopEdges: " + string.Join(", ", gone));
    }

    private static string Short(string module) => module["ChatAssistant.".Length..];

    private static Dictionary<string, HashSet<string>> ModuleUses()
    {
        var src = Path.Combine(Path.GetDirectoryName(RepositoryDialogs.Folder)!, "src");
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var code = string.Join('\n', File.ReadLines(file).Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            if (Namespace().Match(code) is not { Success: true } declared)
            {
                continue;
            }
            var from = ModuleOf(declared.Groups[1].Value);
            var used = Using().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(Qualified().Matches(code).Select(m => "ChatAssistant." + m.Groups[1].Value));
            foreach (var to in used.Select(ModuleOf).Where(to => to != from))
            {
                if (!edges.TryGetValue(from, out var targets))
                {
                    edges[from] = targets = new HashSet<string>(StringComparer.Ordinal);
                }
                targets.Add(to);
            }
        }
        return edges;
    }

    private static string ModuleOf(string ns)
    {
        var parts = ns.Split('.');
        return string.Join('.', parts.Take(parts.Length >= 3 && parts[1] == "Features" ? 3 : 2));
    }

    /// <summary>The uses whose two ends lie in one strongly connected component (Tarjan's algorithm).</summary>
    private static IEnumerable<(string From, string To)> LoopEdges(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var component = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var next = 0;
        var components = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.GetValueOrDefault(v) ?? [])
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }
            if (low[v] == index[v])
            {
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component[w] = components;
                }
                while (w != v);
                components++;
            }
        }
        foreach (var v in edges.Keys.ToList())
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }
        return edges.SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(e => component.TryGetValue(e.To, out var c) && c == component[e.From]);
    }

    [GeneratedRegex(@"^namespace\s+(ChatAssistant[\w.]*)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using\s+(ChatAssistant[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex Using();

    // "Conversation.Prompts.ConfirmPrompt.Yes", "Features.TipOffs.TipOffCipher": a name reached from the root namespace.
    [GeneratedRegex(@"(?<![\w.""])((?:Accounts|Channels|Content|Conversations?|Development|Health|Messaging|Metrics|Storage|Transcripts|Understanding|Webhooks)(?:\.[A-Z]\w*)*|Features\.[A-Z]\w*(?:\.[A-Z]\w*)*)\.[A-Z]\w*")]
    private static partial Regex Qualified();
}
