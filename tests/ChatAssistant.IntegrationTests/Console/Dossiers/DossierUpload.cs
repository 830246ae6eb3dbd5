using System.Net;
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
        var token = ConsoleClient.AntiforgeryToken(await client.GetPageAsync(formPage));
        // A second client over the same cookies: ConsoleClient posts url-encoded forms only.
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = client.Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        using var form = new MultipartFormDataContent();
        if (tokenInHeader)
        {
            http.DefaultRequestHeaders.Add("X-Console-Antiforgery", token);
        }
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "ket-qua.csv");
        var response = await http.PostAsync(action, form);
        // Read now: the content goes with the client disposed here.
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    public static bool IsOk(HttpResponseMessage response) => response.StatusCode == HttpStatusCode.OK;
}
