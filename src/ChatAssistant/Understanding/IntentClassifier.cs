using System.Collections.Concurrent;
using ChatAssistant.Content;
using ChatAssistant.Conversation.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ChatAssistant.Understanding;

/// <summary>
/// Learns the intents from their examples at start-up (ML.NET: a bag of word 1–2-grams and character 3-grams of the
/// normalized text, then a maximum-entropy classifier) and tells the intent of a message with a confidence.
/// </summary>
/// <remarks>
/// Character n-grams are what make typos and run-together words land near their intended words; word bigrams tell
/// "hủy lịch" from "đặt lịch". The model is immutable once trained; ML.NET's prediction engines are not thread-safe,
/// so turns borrow one from a small pool.
/// </remarks>
public sealed class IntentClassifier : IStartupContent
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly string[] _labels;
    private readonly ConcurrentBag<PredictionEngine<Sentence, Prediction>> _engines = [];

    private IntentClassifier(MLContext ml, ITransformer model, string[] labels)
    {
        _ml = ml;
        _model = model;
        _labels = labels;
    }

    public IReadOnlyList<string> Labels => _labels;

    public static IntentClassifier Train(IEnumerable<IntentExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        // A fixed seed: the same examples always give the same model, so an evaluation can be repeated.
        var ml = new MLContext(seed: 7);
        var rows = examples.Select(e => new Sentence { Text = Shorthand.Normalize(e.Text), Label = e.Intent }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = false,
                KeepNumbers = true,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(Sentence.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                MaximumNumberOfIterations = 40,
                L2Regularization = 1e-4f,
            }));
        var model = pipeline.Fit(data);
        var labels = LabelsOf(model.Transform(data).Schema);
        return new IntentClassifier(ml, model, labels);
    }

    /// <summary>The most likely intent of <paramref name="normalized"/> text (<see cref="Shorthand.Normalize"/>) and the runner-up.</summary>
    public IntentGuess Classify(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (!_engines.TryTake(out var engine))
        {
            engine = _ml.Model.CreatePredictionEngine<Sentence, Prediction>(_model);
        }
        float[] scores;
        try
        {
            scores = engine.Predict(new Sentence { Text = normalized }).Score;
        }
        finally
        {
            _engines.Add(engine);
        }
        var (best, second) = (0, -1);
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                (best, second) = (i, best);
            }
            else if (second < 0 || scores[i] > scores[second])
            {
                second = i;
            }
        }
        return new IntentGuess(_labels[best], scores[best], second >= 0 ? _labels[second] : null, second >= 0 ? scores[second] : 0);
    }

    private static string[] LabelsOf(DataViewSchema schema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Score"].GetSlotNames(ref names);
        return [.. names.DenseValues().Select(name => name.ToString())];
    }

    private sealed class Sentence
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }
}
