using System.Globalization;

namespace ChatAssistant.Host.OfficerConsole.SignIn;

/// <summary>An address held back after wrong passwords: 429 with <c>Retry-After</c>, and a sentence saying until when.</summary>
public static class HeldBack
{
    /// <summary>Sets the response's status and <c>Retry-After</c>; returns what the page says.</summary>
    public static string Tell(HttpResponse response, DateTimeOffset until, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var seconds = Math.Max(1, (long)Math.Ceiling((until - now).TotalSeconds));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = (seconds + 59) / 60;
        return $"Đã nhập sai mật khẩu nhiều lần từ máy này nên tài khoản tạm khoá đăng nhập tại đây. Xin thử lại sau {ConsoleTime.Clock(until)} " +
            $"(khoảng {minutes.ToString(CultureInfo.InvariantCulture)} phút nữa) hoặc nhờ quản trị viên mở khoá. Ở máy khác vẫn đăng nhập được.";
    }
}
