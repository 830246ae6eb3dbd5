using System.Globalization;
using System.Text;

namespace ChatAssistant.Bench.Procedures;

/// <summary>
/// A catalogue folder with the real field files plus generated ones, to the requested number of entries. Names
/// combine real administrative words, so questions share many syllables with many entries, as they would in a
/// province-wide catalogue; a sample of the names, some with a typo, serves as questions.
/// </summary>
internal sealed class GeneratedCatalogue : IDisposable
{
    private const int PerField = 100;

    private static readonly string[] Actions = ["Cấp", "Cấp đổi", "Cấp lại", "Gia hạn", "Thu hồi", "Xác nhận", "Đăng ký", "Điều chỉnh", "Bổ sung", "Hủy"];
    private static readonly string[] Objects =
    [
        "giấy phép kinh doanh karaoke", "chứng nhận nhà trọ", "giấy phép pháo hoa", "giấy phép súng thể thao", "chứng nhận kho xăng dầu",
        "biển số xe công nông", "giấy phép sử dụng công cụ hỗ trợ", "chứng nhận cơ sở cầm đồ", "giấy phép dịch vụ bảo vệ", "chứng nhận tàu cá",
        "giấy phép vận chuyển vật liệu nổ", "chứng nhận khách sạn", "giấy phép in con dấu", "chứng nhận đủ điều kiện quán bar", "giấy phép xe tập lái",
        "chứng nhận dịch vụ xoa bóp", "giấy phép nổ mìn", "chứng nhận kinh doanh khí gas", "giấy phép thiết bị bay", "chứng nhận trường bắn",
    ];
    private static readonly string[] Qualifiers = ["cho doanh nghiệp", "cho hộ kinh doanh", "tại khu công nghiệp", "ở vùng biên giới", "cho người nước ngoài"];

    private readonly List<string> _questions = [];

    public GeneratedCatalogue(string realFolder, int total)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatassistant-bench-catalogue-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        var realCount = 0;
        foreach (var file in Directory.GetFiles(realFolder, "*.yaml"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
            realCount += File.ReadLines(file).Count(line => line.TrimStart().StartsWith("- id:", StringComparison.Ordinal));
        }
        var random = new Random(20261122);
        var remaining = Math.Max(0, total - realCount);
        for (var field = 0; remaining > 0; field++)
        {
            var count = Math.Min(PerField, remaining);
            File.WriteAllText(System.IO.Path.Combine(Path, $"sinh-{field:000}.yaml"), Field(field, count, random));
            remaining -= count;
        }
    }

    public string Path { get; }

    /// <summary>About 200 names of generated entries as residents would type them: folded, some with a syllable typo.</summary>
    public IReadOnlyList<string> Questions => _questions;

    private string Field(int field, int count, Random random)
    {
        var yaml = new StringBuilder();
        yaml.Append(CultureInfo.InvariantCulture, $"field: sinh-{field:000}\nname: Lĩnh vực sinh {field}\nprocedures:\n");
        for (var i = 0; i < count; i++)
        {
            var name = $"{Actions[random.Next(Actions.Length)]} {Objects[random.Next(Objects.Length)]} {Qualifiers[random.Next(Qualifiers.Length)]} loại {field * PerField + i}";
            if (random.Next(25) == 0)
            {
                _questions.Add(random.Next(2) == 0 ? name.ToLowerInvariant() : name.Replace("giấy phép", "giay phep", StringComparison.Ordinal).Replace("chứng nhận", "chung nhan", StringComparison.Ordinal));
            }
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - id: sinh-{field:000}-{i:000}
                    code: null
                    name: {name}
                    aliases: [{name.ToLowerInvariant()}]
                    situations: [tôi cần {Objects[random.Next(Objects.Length)]}]
                    who: Tổ chức, cá nhân có nhu cầu.
                    documents:
                      - name: Tờ khai đề nghị
                        form: null
                        copies: 1
                        note: null
                    fee:
                      text: Chưa xác nhận được.
                      exemptions: []
                      confirmed: false
                    time_limit: Không quá 5 ngày làm việc.
                    where: [provincial-police]
                    online: null
                    bookable: false
                    legal_basis: ["Văn bản mẫu"]
                    checked_on: 2026-11-22
                    notes: null

                """);
        }
        return yaml.ToString();
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
