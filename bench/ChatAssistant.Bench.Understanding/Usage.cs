namespace ChatAssistant.Bench.Understanding;

internal static class Usage
{
    public const string Text = """
        dotnet run -c Release --project bench/ChatAssistant.Bench.Understanding -- [section] [options]

        sections:
          all              every section with its defaults (the default); with --quick, every section's smoke run
          conversations    the residents' conversations of tests/ChatAssistant.Tests/Understanding/Evaluation,
                           turns passed per style and per intent, tuning and held-out apart
                           --failures   also list every failed turn with the bot's reply
                           --quick      smoke run: the first 3 conversations
          classifier       the intent classifier's precision and recall per intent, 5-fold cross-validated
                           over dialogs/nlu/ (--quick: 2 folds)
          speed            learning time at start-up, understanding time per message (p50, p99), memory
                           (--quick: fewer repetitions)
          try              messages from standard input, one per line, played as one resident: each reply with the
                           intent guessed (an empty line starts a new resident, "wait 40m" moves the clock)
        """;
}
