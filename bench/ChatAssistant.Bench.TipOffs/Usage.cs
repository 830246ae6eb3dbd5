namespace ChatAssistant.Bench.TipOffs;

/// <summary>The sections and their options, for <c>--help</c> and mistakes.</summary>
internal static class Usage
{
    public const string Text = """
        usage: dotnet run -c Release --project bench/ChatAssistant.Bench.TipOffs -- [section] [options]
        sections:
          all        every section with its defaults (the default)
          rekey      reports sealed with one key, the key rotated, every value re-sealed by TipOffRekeying; rate, and
                     the latency of other writes meanwhile
          receipts   receipt lookups (TipOffStore.FindByReceipt) among many reports: found and unknown codes
        rekey options:
          --reports N    reports to seal and re-seal (default 100000)
        receipts options:
          --reports N    reports in the table (default 100000)
          --lookups N    codes looked up, found and unknown each (default 200)
          --iterations N TipOffs:ReceiptHashIterations (default: the service's, 100000)
        both:
          --work-dir P   where the database goes (default: a new folder under /tmp, removed afterwards)
          --keep         keep the work folder
        """;
}
