using ChatAssistant.Zalo.Webhooks;

namespace ChatAssistant.Zalo.Tests.Webhooks;

/// <summary>Every file in webhook-samples (copied to the output folder) parses to what it shows.</summary>
public class WebhookSampleTests
{
    private static readonly string SampleFolder = Path.Combine(AppContext.BaseDirectory, "webhook-samples");

    public static TheoryData<string> SampleFiles() => new(SampleFileNames());

    private static IEnumerable<string> SampleFileNames() =>
        Directory.EnumerateFiles(SampleFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void EverySampleParsesToTheActivityItsExpectationDescribes(string fileName)
    {
        Assert.True(
            SampleExpectations.ByFile.TryGetValue(fileName, out var expect),
            $"webhook-samples/{fileName} has no entry in SampleExpectations: add one.");

        var activity = ZaloEventParser.Parse(File.ReadAllBytes(Path.Combine(SampleFolder, fileName)));

        expect(activity);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void EverySampleHasAnEnvelopeNamingTheOfficialAccount(string fileName)
    {
        var body = File.ReadAllBytes(Path.Combine(SampleFolder, fileName));

        var envelope = WebhookEnvelopeReader.TryRead(body);

        Assert.NotNull(envelope);
        Assert.Equal(SampleExpectations.Oa, envelope.OaId);
        Assert.Equal("360846524940903967", envelope.AppId);
        Assert.NotNull(envelope.Timestamp);
    }

    [Fact]
    public void EveryExpectationHasItsSampleFile()
    {
        var withoutFile = SampleExpectations.ByFile.Keys.Except(SampleFileNames(), StringComparer.Ordinal);

        Assert.Equal([], withoutFile);
    }
}
