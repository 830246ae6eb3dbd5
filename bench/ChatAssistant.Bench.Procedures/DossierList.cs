using System.Globalization;
using System.Text;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Bench.Procedures;

/// <summary>A generated office list: codes shaped like receipts', the catalogue's procedures and some unknown ones, every status.</summary>
internal static class DossierList
{
    private static readonly string[] Statuses = ["Đã tiếp nhận", "Đang xử lý", "Cần bổ sung", "Đã có kết quả", "Đã trả kết quả", "Từ chối"];

    /// <summary>The code of row <paramref name="i"/>; any i at or past the list's length is a code the list lacks.</summary>
    public static string Code(int i) => string.Create(CultureInfo.InvariantCulture,
        $"G{10 + i % 90:D2}.{i % 997:D3}-24{1 + i % 12:D2}{1 + i % 28:D2}-{i:D7}");

    /// <summary>Writes <paramref name="rows"/> rows (UTF-8 with a BOM, ';' separated, Vietnamese header, as Excel saves them).</summary>
    public static void Write(string path, int rows, ProcedureCatalogue catalogue)
    {
        var names = catalogue.Procedures.Select(p => p.Name).ToArray();
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16);
        file.Write("ma_ho_so;thu_tuc;trang_thai;ngay;ghi_chu\n");
        var line = new StringBuilder(160);
        for (var i = 0; i < rows; i++)
        {
            line.Clear()
                .Append(Code(i)).Append(';')
                // One in five is not in the catalogue: office lists name procedures their own way too.
                .Append(i % 5 == 4 ? $"Thủ tục khác số {i % 50}" : names[i % names.Length]).Append(';')
                .Append(Statuses[i % Statuses.Length]).Append(';')
                .Append(CultureInfo.InvariantCulture, $"{1 + i % 28:D2}/{1 + i % 12:D2}/2024").Append(';');
            if (i % 3 == 0)
            {
                line.Append(CultureInfo.InvariantCulture, $"Hẹn trả kết quả tại quầy số {1 + i % 5}");
            }
            file.Write(line.Append('\n'));
        }
    }
}
