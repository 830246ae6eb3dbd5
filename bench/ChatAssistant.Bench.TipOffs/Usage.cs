namespace ChatAssistant.Bench.TipOffs;

/// <summary>The sections and their options, for <c>--help</c> and mistakes.</summary>
internal static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/ChatAssistant.Bench.TipOffs -- [section] [options]
        sections:
          all        every section with its defaults (the default); --quick (alone or after 'all'): every section's smoke run
          rekey      reports sealed with one key, the key rotated, every value re-sealed by TipOffRekeying; rate, and
                     the latency of other writes meanwhile
          receipts   receipt lookups (TipOffStore.FindByReceipt) among many reports: found and unknown codes
        rekey options:
          --reports N    reports to seal and re-seal (default 100000; --quick: 500)
        receipts options:
          --reports N    reports in the table (default 100000; --quick: 500)
          --lookups N    codes looked up, found and unknown each (default 200; --quick: 20)
          --iterations N TipOffs:ReceiptHashIterations (default: the service's, 100000; --quick: the least it accepts, 10000)
        both:
          --work-dir P   where the database goes (default: a new folder under /tmp, removed afterwards)
          --keep         keep the work folder
          --quick        smoke run in seconds at the sizes above (the checks still apply)
        """;
}
