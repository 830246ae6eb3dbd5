using System.Net.Http.Headers;
using System.Text;

namespace ChatAssistant.IntegrationTests.Console.Dossiers;

/// <summary>Posts a CSV file through the console's import form, as a browser does, with or without its script.</summary>
internal static class DossierUpload
{
    /// <param name="tokenInHeader">As the page's script sends it (streamed); otherwise as a plain form post.</param>
    public static async Task<HttpResponseMessage> PostAsync(
        ConsoleClient client, Uri baseUrl, string formPage, string action, string csv, bool tokenInHeader = false)
    {
        // The token of the import form itself (the layout's sign-out form has one too): a form without its own fails here.
        var html = await client.GetPageAsync(formPage);
        var form = html.IndexOf("id=\"dossier-upload\"", StringComparison.Ordinal);
        var token = ConsoleClient.AntiforgeryToken(form < 0 ? "" : html[form..html.IndexOf("</form>", form, StringComparison.Ordinal)]);
        // A second client over the same cookies: ConsoleClient posts url-encoded forms only.
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = client.Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        using var content = new MultipartFormDataContent();
        if (tokenInHeader)
        {
            http.DefaultRequestHeaders.Add("X-Console-Antiforgery", token);
        }
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "ket-qua.csv");
        var response = await http.PostAsync(action, content);
        // Read now: the content goes with the client disposed here.
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
