using System.Net;
using System.Text;
using System.Text.Json;
using ChatAssistant.Testing;

namespace ChatAssistant.IntegrationTests.TipOffs;

/// <summary>
/// A report's whole life on the running host: a resident reports in chat with a photo, the photo is fetched from
/// Zalo and sealed, an officer reads the report, downloads the photo and asks a question, the resident is told and
/// answers in chat, and the officer reads the answer.
/// </summary>
public sealed class TipOffEndToEndTests : TipOffApiTest
{
    private const string Reporter = "5123987654321098765";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ReportWithAPhotoReachesTheOfficerWhoseQuestionTheResidentAnswersInChat()
    {
        var (_, key) = await CreateOfficerAsync("Cán bộ Hòa", "officer", OaA);
        var officer = ClientWith(key);
        var photo = Photo("QZPHOTO4411");
        var photoUrl = Zalo.AddMedia(photo, "image/jpeg");
        var resident = new ResidentOnZalo(Service, Zalo, Reporter);

        await resident.SayAsync(resident.Text("tố giác"), "thuộc loại nào");
        await resident.SayAsync(resident.Text("1"), "kể lại sự việc");
        await resident.SayAsync(resident.Text("Có người bán ma túy ở quán nước đầu ngõ 7"), "Đã ghi");
        await resident.SayAsync(resident.Image(photoUrl), "Đã nhận 1");
        await resident.SayAsync(resident.Text("xong"), "khi nào");
        await resident.SayAsync(resident.Text("tối qua"), "ở đâu");
        await resident.SayAsync(resident.Text("quán nước đầu ngõ 7"), "gửi thêm");
        await resident.SayAsync(resident.Text("xong"), "thế nào");
        await resident.SayAsync(resident.Text("2"), "họ tên");
        await resident.SayAsync(resident.Text("Lê Thị Hoa"), "Số điện thoại");
        await resident.SayAsync(resident.Text("0912345678"), "Gửi tin báo này");
        await resident.SayAsync(resident.Text("có"), "MỘT LẦN");

        // The officer's inbox shows the report; opening it shows the words and the photo, fetched and sealed.
        var list = await ReadJsonAsync(await officer.GetAsync($"/api/admin/tipoffs?oaId={OaA}"));
        var id = list.EnumerateArray().Single().GetProperty("id").GetInt64();
        var evidenceId = await WaitForStoredEvidenceAsync(officer, id);
        using (var download = await officer.GetAsync($"/api/admin/tipoffs/{id}/evidence/{evidenceId}?oaId={OaA}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync());
        }
        var opened = await ReadJsonAsync(await officer.GetAsync($"/api/admin/tipoffs/{id}?oaId={OaA}"));
        Assert.Contains("bán ma túy", opened.GetProperty("report").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Lê Thị Hoa", opened.GetProperty("report").GetProperty("contact").GetString(), StringComparison.Ordinal);

        // The question reaches the named reporter, who answers it from the chat without the code.
        using (var asked = await PostAsync(officer, id, "questions", new { oaId = OaA, text = "Người bán đi xe màu gì?" }))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }
        await WaitForMessageAsync(m => m.UserId == Reporter && m.Text?.Contains("Người bán đi xe màu gì?", StringComparison.Ordinal) == true);
        await resident.SayAsync(resident.Text("theo dõi"), "nhắn số thứ tự");
        await resident.SayAsync(resident.Text("1"), "Cán bộ hỏi thêm");
        await resident.SayAsync(resident.Text("Xe Wave màu đỏ"), "cảm ơn");

        var timeline = (await ReadJsonAsync(await officer.GetAsync($"/api/admin/tipoffs/{id}?oaId={OaA}"))).GetProperty("timeline");
        Assert.Contains(timeline.EnumerateArray(), n => n.GetProperty("kind").GetString() == "answer" && n.GetProperty("body").GetString() == "Xe Wave màu đỏ");
        Assert.Contains(timeline.EnumerateArray(), n => n.GetProperty("kind").GetString() == "question" && n.GetProperty("answeredAt").ValueKind != JsonValueKind.Null);
    }

    private static async Task<long> WaitForStoredEvidenceAsync(HttpClient officer, long id)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var items = await ReadJsonAsync(await officer.GetAsync($"/api/admin/tipoffs/{id}/evidence?oaId={OaA}"));
            if (items.EnumerateArray().SingleOrDefault(i => i.GetProperty("status").GetString() == "stored") is { ValueKind: JsonValueKind.Object } stored)
            {
                Assert.Equal("image/jpeg", stored.GetProperty("contentType").GetString());
                return stored.GetProperty("id").GetInt64();
            }
            Assert.True(DateTime.UtcNow < deadline, $"the photo was not stored: {items}");
            await Task.Delay(50);
        }
    }

    private async Task WaitForMessageAsync(Func<ReceivedMessage, bool> match)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!Zalo.AcceptedMessages.Any(match))
        {
            Assert.True(DateTime.UtcNow < deadline, "the reporter was not told");
            await Task.Delay(20);
        }
    }

    /// <summary>A JPEG's first bytes (what the sniffer reads), then a marker that must only ever be stored encrypted.</summary>
    private static byte[] Photo(string marker) => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, .. Encoding.ASCII.GetBytes(marker), .. new byte[2048], 0xFF, 0xD9];
}
