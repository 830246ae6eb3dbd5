using System.Text;
using ChatAssistant.Zalo.Configuration;
using ChatAssistant.Zalo.Webhooks;

namespace ChatAssistant.Zalo.Tests.Webhooks;

public class WebhookSignatureVerifierTests
{
    // The worked example in docs/zalo-platform.md, section 1.
    private const string AppId = "app-123";
    private const string Secret = "oa-secret";
    private const string Timestamp = "1720000000000";
    private const string ExampleBody = """{"app_id":"app-123","timestamp":"1720000000000"}""";
    private const string ExampleSignature = "22944a325afc460d2fa60ac34e93d1adc040aca913e6836f26d02ea6ea34116c";

    private const string OaId = "388613280878808645";
    private const string AppSecret = "app-secret";
    private const string MessageBody =
        """{"app_id":"app-123","sender":{"id":"246845883529197922"},"recipient":{"id":"388613280878808645"},"event_name":"user_send_text","message":{"text":"xin chào","msg_id":"m1"},"timestamp":"1720000000000"}""";

    [Fact]
    public void ComputeReproducesTheWorkedExampleFromTheDocs()
    {
        Assert.Equal(ExampleSignature, WebhookSignatureVerifier.Compute(AppId, Bytes(ExampleBody), Timestamp, Secret));
    }

    [Theory]
    [InlineData("mac=" + ExampleSignature)]
    [InlineData(ExampleSignature)]
    [InlineData("  mac=" + ExampleSignature + " ")]
    [InlineData("MAC=22944A325AFC460D2FA60AC34E93D1ADC040ACA913E6836F26D02EA6EA34116C")]
    public void TheDocumentedSignatureIsAcceptedWithOrWithoutPrefixAndInAnyCase(string header)
    {
        var check = Verify(Options(), header, ExampleBody);

        Assert.Equal(new SignatureCheck(true, "documented"), check);
    }

    [Fact]
    public void AWrongSecretIsRejected()
    {
        var options = Options();
        options.WebhookSecretKey = "another-secret";

        Assert.False(Verify(options, "mac=" + ExampleSignature, ExampleBody).IsValid);
    }

    [Fact]
    public void OneChangedBodyByteIsRejected()
    {
        var tampered = ExampleBody.Replace("app-123", "app-124", StringComparison.Ordinal);

        Assert.False(Verify(Options(), "mac=" + ExampleSignature, tampered, envelopeBody: ExampleBody).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("mac=")]
    [InlineData("mac=22944a325afc460d2fa60ac34e93d1adc040aca913e6836f26d02ea6ea3411")]
    [InlineData("mac=zz944a325afc460d2fa60ac34e93d1adc040aca913e6836f26d02ea6ea34116c")]
    public void AMissingOrMalformedHeaderIsRejected(string? header)
    {
        Assert.Equal(new SignatureCheck(false, null), Verify(Options(), header, ExampleBody));
    }

    [Fact]
    public void ABodyWithoutTimestampIsRejectedEvenWhenTheHashMatches()
    {
        const string body = """{"app_id":"app-123"}""";
        var header = WebhookSignatureVerifier.Compute(AppId, Bytes(body), "", Secret);

        Assert.False(Verify(Options(), header, body).IsValid);
    }

    [Fact]
    public void NoConfiguredSecretRejectsEverything()
    {
        var options = Options();
        options.WebhookSecretKey = null;
        var header = WebhookSignatureVerifier.Compute(AppId, Bytes(ExampleBody), Timestamp, "");

        Assert.False(Verify(options, header, ExampleBody).IsValid);
    }

    [Fact]
    public void TheBodysAppIdIsUsedWhenNoAppIdIsConfigured()
    {
        var options = Options();
        options.AppId = null;

        Assert.Equal("documented", Verify(options, ExampleSignature, ExampleBody).Variant);
    }

    [Theory]
    [InlineData(OaId, Secret)]
    [InlineData(AppId, AppSecret)]
    [InlineData(OaId, AppSecret)]
    public void VariantsAreRejectedWhileTheyAreSwitchedOff(string signedAppId, string signedSecret)
    {
        var header = WebhookSignatureVerifier.Compute(signedAppId, Bytes(MessageBody), Timestamp, signedSecret);

        Assert.False(Verify(Options(), header, MessageBody).IsValid);
    }

    [Theory]
    [InlineData(OaId, Secret, true, false, "oa-id")]
    [InlineData(AppId, AppSecret, false, true, "app-secret")]
    [InlineData(OaId, AppSecret, true, true, "oa-id+app-secret")]
    [InlineData(AppId, Secret, true, true, "documented")]
    public void AnEnabledVariantIsAcceptedAndNamed(
        string signedAppId, string signedSecret, bool allowOaId, bool allowAppSecret, string variant)
    {
        var options = Options();
        options.SignatureVariants.AllowOaIdAsAppId = allowOaId;
        options.SignatureVariants.AllowAppSecret = allowAppSecret;
        var header = "mac=" + WebhookSignatureVerifier.Compute(signedAppId, Bytes(MessageBody), Timestamp, signedSecret);

        Assert.Equal(new SignatureCheck(true, variant), Verify(options, header, MessageBody));
    }

    [Fact]
    public void TheCombinedVariantNeedsBothSwitches()
    {
        var options = Options();
        options.SignatureVariants.AllowOaIdAsAppId = true;
        var header = WebhookSignatureVerifier.Compute(OaId, Bytes(MessageBody), Timestamp, AppSecret);

        Assert.False(Verify(options, header, MessageBody).IsValid);
    }

    private static ZaloOptions Options() => new()
    {
        AppId = AppId,
        WebhookSecretKey = Secret,
        AppSecret = AppSecret,
    };

    private static SignatureCheck Verify(ZaloOptions options, string? header, string body, string? envelopeBody = null)
    {
        var envelope = WebhookEnvelopeReader.TryRead(Bytes(envelopeBody ?? body));
        Assert.NotNull(envelope);
        return new WebhookSignatureVerifier(Microsoft.Extensions.Options.Options.Create(options)).Verify(header, Bytes(body), envelope);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
