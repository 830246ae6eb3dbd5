namespace ChatAssistant.Bench.Procedures;

/// <summary>The sections and their options, for <c>--help</c> and mistakes.</summary>
internal static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/ChatAssistant.Bench.Procedures -- [section] [options]
        sections:
          all        every section with its defaults (the default); --quick (alone or after 'all'): every section's smoke run
          search     index build and search latency on the real catalogue and a generated one; evaluation accuracy
          dossiers   a dossier list imported through the CSV path, then lookups as the chat does them
        search options:
          --generated N  entries in the generated catalogue (default 5000; --quick: 300)
          --quick        smoke run: 2,000 searches per catalogue instead of 50,000, 3 index builds instead of 12
        dossiers options:
          --rows N       dossiers in the list (default 1000000; --quick: 2000)
          --lookups N    timed lookups (default 100000; --quick: 1000, after 1,000 not counted instead of 10,000)
          --batch N      rows per write of the import (default: the service's, Dossiers:ImportBatchSize)
          --work-dir P   where the list and the database go (default: a new folder under /tmp, removed afterwards)
          --keep         keep the work folder
          --quick        smoke run in seconds at the sizes above (the checks still apply)
        """;
}
