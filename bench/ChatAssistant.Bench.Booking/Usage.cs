namespace ChatAssistant.Bench.Booking;

/// <summary>The sections and their options, for <c>--help</c> and mistakes.</summary>
internal static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/ChatAssistant.Bench.Booking -- [section] [options]
        sections:
          all        every section with its defaults (the default); --quick (alone or after 'all'): every section's smoke run
          booking    concurrent residents booking the last places through BookingDesk.BookAsync
        booking options:
          --attempts N   concurrent booking attempts, one resident each (default 1000)
          --slots N      slots they spread over (default 50)
          --capacity N   places per slot (default 2)
          --work-dir P   where the database goes (default: a new folder under /tmp, removed afterwards)
          --quick        smoke run in seconds: --attempts 100 --slots 10 (the check still applies)
        """;
}
