namespace ChatAssistant.Features.Procedures;

/// <summary>The <c>PublicPages</c> section: where residents reach the public procedure pages.</summary>
public sealed class PublicPagesOptions
{
    public const string SectionName = "PublicPages";

    /// <summary>
    /// The absolute address the pages are published under (e.g. <c>https://congan-phuong.example.vn/</c>).
    /// QR codes on the office wall and links in chat must work from a resident's phone, so they use this
    /// address rather than whatever host name a request came in on. Empty: chat answers carry no page link,
    /// and QR codes use the address of the request that asked for them.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The public page of a procedure, or null when no address is configured.</summary>
    public Uri? PageOf(string procedureId) =>
        BaseUrl is null ? null : new Uri(new Uri(BaseUrl.AbsoluteUri.TrimEnd('/') + "/"), "thu-tuc/" + Uri.EscapeDataString(procedureId));
}
