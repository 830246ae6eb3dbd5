using System.Globalization;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Understanding;

namespace ChatAssistant.Bench.Understanding;

/// <summary>
/// K-fold cross-validation of the intent classifier over dialogs/nlu/: each fold is learned from the others and
/// classifies its own examples, which it never saw; precision and recall per intent from the pooled confusions.
/// </summary>
internal static class ClassifierBench
{
    public static Task<int> RunAsync(string[] args)
    {
        var folds = args.Contains("--quick") ? 2 : 5;
        var examples = BenchExamples.Load().All;
        var random = new Random(14);
        var shuffled = examples.OrderBy(_ => random.Next()).ToList();
        var predictions = new List<(string Truth, string Guess)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = shuffled.Where((_, i) => i % folds == fold).ToList();
            var train = shuffled.Where((_, i) => i % folds != fold).ToList();
            var classifier = IntentClassifier.Train(train);
            predictions.AddRange(test.Select(e => (e.Intent, classifier.Classify(Shorthand.Normalize(e.Text)).Intent)));
        }
        Console.WriteLine($"## Intent classifier: {examples.Count} examples, {folds}-fold cross-validation");
        Console.WriteLine();
        Console.WriteLine("| intent | examples | precision | recall | F1 |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var f1s = new List<double>();
        foreach (var intent in Intents.All.Order(StringComparer.Ordinal))
        {
            var truePositives = predictions.Count(p => p.Truth == intent && p.Guess == intent);
            var guessed = predictions.Count(p => p.Guess == intent);
            var actual = predictions.Count(p => p.Truth == intent);
            var precision = guessed == 0 ? 0 : (double)truePositives / guessed;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1s.Add(f1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {intent} | {actual} | {precision:P1} | {recall:P1} | {f1:F3} |"));
        }
        var accuracy = (double)predictions.Count(p => p.Truth == p.Guess) / predictions.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {predictions.Count} | | accuracy {accuracy:P1} | macro {f1s.Average():F3} |"));
        Console.WriteLine();
        // A classifier that learned nothing does no better than always guessing the commonest intent.
        var baseline = (double)predictions.GroupBy(p => p.Truth).Max(g => g.Count()) / predictions.Count;
        if (accuracy <= baseline)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check failed: accuracy {accuracy:P1}, no better than always guessing the commonest intent ({baseline:P1})"));
            return Task.FromResult(1);
        }
        return Task.FromResult(0);
    }
}
