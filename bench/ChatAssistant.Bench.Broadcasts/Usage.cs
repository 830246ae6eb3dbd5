namespace ChatAssistant.Bench.Broadcasts;

/// <summary>The sections and their options, for <c>--help</c> and mistakes.</summary>
internal static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/ChatAssistant.Bench.Broadcasts -- [section] [options]
        sections:
          all         every section with its defaults (the default); --quick (alone or after 'all'): every section's smoke run
          throughput  one notice to every follower at a rate far above what the sender can do: sends per second sustained
          rate        one notice at a configured rate (default 4,000 a minute): achieved rate over a window against the configured one
        throughput options:
          --followers N  followers of the account (default 100000; --quick: 500)
        rate options:
          --followers N  followers of the account (default 100000, --quick: 1000; the notice is cancelled after the window)
          --per-minute N Broadcasts:MessagesPerMinute and the outbox's per-account limit (default 4000, --quick: 3000)
          --window S     seconds measured, after the first 10 s (default 60; --quick: 3, after the first 1 s)
        both:
          --work-dir P   where the databases go (default: a new folder under /tmp, removed afterwards)
          --keep         keep the work folder
          --quick        smoke run in seconds at the sizes above; checks apply, targets are reported, not enforced
        """;
}
