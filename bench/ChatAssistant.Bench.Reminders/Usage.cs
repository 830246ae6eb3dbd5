namespace ChatAssistant.Bench.Reminders;

/// <summary>The sections and their options, for <c>--help</c> and mistakes.</summary>
internal static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/ChatAssistant.Bench.Reminders -- [section] [options]
        sections:
          all        every section with its defaults (the default); --quick (alone or after 'all'): every section's smoke run
          pending    reminders scheduled into a fresh Quartz SQLite store (rate), the service started with them pending, file size
          due        reminders all due at the same instant, delivered by the real job to the outbox; lateness percentiles
        pending options:
          --reminders N  reminders to schedule, two per appointment (default 100000; --quick: 200, 20 timed reschedules)
          --parallel N   booking calls in flight at once (default 8)
        due options:
          --reminders N  reminders due at the same instant (default 1000; --quick: 20, due 5 s ahead instead of 30 s)
          --threads N    Reminders:MaxConcurrentReminders, the Quartz threads and batch size (default: the service's, 10)
        both:
          --work-dir P   where the databases go (default: a new folder under /tmp, removed afterwards)
          --keep         keep the work folder
          --quick        smoke run in seconds at the sizes above; checks apply, the due target is reported, not enforced
        """;
}
