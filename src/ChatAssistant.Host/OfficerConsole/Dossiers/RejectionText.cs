using System.Text.RegularExpressions;
using ChatAssistant.Features.Dossiers;

namespace ChatAssistant.Host.OfficerConsole.Dossiers;

/// <summary>A refused row as officers read it: the column at fault and what to fix, in Vietnamese.</summary>
public sealed record RejectionLine(long Line, string? Code, string Column, string Reason);

/// <summary>
/// Turns the import's reasons (written for the API, in English) into Vietnamese for the console.
/// </summary>
/// <remarks>
/// The values a row held (a wrong status, a wrong date) are not repeated: the officer has the file, and the line
/// number and code find the row. A reason this table does not know is shown as the import wrote it.
/// </remarks>
public static partial class RejectionText
{
    private const string WholeRow = "Cả dòng";

    public static RejectionLine Of(DossierRejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        var (column, reason) = Explain(rejection.Reason);
        return new RejectionLine(rejection.Line, rejection.Code, column, reason);
    }

    private static (string Column, string Reason) Explain(string reason) => reason switch
    {
        "The code is empty." => ("Mã hồ sơ", "Bỏ trống mã hồ sơ."),
        "The procedure is empty." => ("Thủ tục", "Bỏ trống tên thủ tục."),
        "The status is empty." => ("Trạng thái", "Bỏ trống trạng thái."),
        "The date is empty." => ("Ngày", "Bỏ trống ngày."),
        _ when reason.StartsWith("The code is not valid", StringComparison.Ordinal) =>
            ("Mã hồ sơ", "Mã không đúng dạng: từ 3 đến 50 ký tự gồm chữ không dấu, chữ số, dấu '.', '-' hoặc '_', có ít nhất một chữ số."),
        _ when RepeatedCode().Match(reason) is { Success: true } match =>
            ("Mã hồ sơ", $"Mã này đã có ở dòng {match.Groups[1].Value}; mỗi hồ sơ chỉ ghi một lần."),
        _ when TooLong().Match(reason) is { Success: true, Groups: var groups } && groups[1].Value == "procedure" =>
            ("Thủ tục", $"Tên thủ tục dài quá {groups[2].Value} ký tự."),
        _ when reason.StartsWith("The status '", StringComparison.Ordinal) =>
            ("Trạng thái", "Không rõ trạng thái; ghi một trong: Đã tiếp nhận, Đang xử lý, Cần bổ sung, Đã có kết quả, Đã trả kết quả, Từ chối."),
        _ when reason.StartsWith("The date '", StringComparison.Ordinal) =>
            ("Ngày", "Không đọc được ngày; ghi theo dạng ngày/tháng/năm, ví dụ 05/03/2026."),
        _ when TooLong().Match(reason) is { Success: true, Groups: var groups } && groups[1].Value == "note" =>
            ("Ghi chú", $"Ghi chú dài quá {groups[2].Value} ký tự."),
        DossierPhone.Refused =>
            ("Số điện thoại", "Không phải số điện thoại Việt Nam (di động 10 số, cố định 11 số, bắt đầu bằng 0 hoặc +84); để trống nếu không có."),
        _ when reason.StartsWith("A field holds a quote", StringComparison.Ordinal) =>
            (WholeRow, "Có dấu ngoặc kép (\") giữa một ô; hãy đặt cả ô trong ngoặc kép và viết dấu ngoặc bên trong hai lần."),
        _ when reason.StartsWith("Text follows the closing quote", StringComparison.Ordinal) =>
            (WholeRow, "Có chữ đứng sau dấu ngoặc kép đóng của một ô."),
        _ when reason.StartsWith("A quote opened on this line", StringComparison.Ordinal) =>
            (WholeRow, "Dấu ngoặc kép mở ở dòng này không được đóng; phần còn lại của tệp bị bỏ qua."),
        _ when reason.StartsWith("A row from here on is longer", StringComparison.Ordinal) =>
            (WholeRow, "Từ dòng này có một dòng quá dài (có lẽ thiếu dấu ngoặc kép đóng); phần còn lại của tệp không được đọc."),
        _ => (WholeRow, reason),
    };

    /// <summary>Why a whole file was refused (its header), in Vietnamese; nothing was stored.</summary>
    public static string OfFile(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string expected = "Dòng đầu tiên phải có các cột ma_ho_so, thu_tuc, trang_thai, ngay (ghi_chu, so_dien_thoai nếu cần).";
        if (MissingColumns().Match(message) is { Success: true } missing)
        {
            var names = missing.Groups[1].Value.Split(", ").Select(ColumnName);
            return $"Thiếu cột {string.Join(", ", names)}. {expected}";
        }
        if (DoubleColumn().Match(message) is { Success: true } twice)
        {
            return $"Cột {twice.Groups[1].Value} và cột {twice.Groups[2].Value} cùng là {ColumnName(twice.Groups[3].Value)}; hãy giữ một cột.";
        }
        return "Không đọc được dòng tiêu đề. " + expected;
    }

    private static string ColumnName(string field) => field switch
    {
        "code" => "ma_ho_so",
        "procedure" => "thu_tuc",
        "status" => "trang_thai",
        "date" => "ngay",
        "note" => "ghi_chu",
        "phone" => "so_dien_thoai",
        _ => field,
    };

    [GeneratedRegex(@"^The code is already on line (\d+)")]
    private static partial Regex RepeatedCode();

    [GeneratedRegex(@"^The (procedure|note) is longer than (\d+) characters")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^The header lacks the ([a-z, ]+) column")]
    private static partial Regex MissingColumns();

    [GeneratedRegex(@"^Columns (\d+) and (\d+) both give the ([a-z]+)")]
    private static partial Regex DoubleColumn();
}
