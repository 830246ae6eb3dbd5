using ChatAssistant.Testing.Understanding;

namespace ChatAssistant.Tests.Understanding;

/// <summary>How a turn of the evaluation is judged: the fragments are found as words, without case or marks.</summary>
public sealed class EvaluationJudgeTests
{
    private static EvaluationTurn Turn(string[] expect, string[]? reject = null) => new("x", null, ["answer"], expect, reject ?? [], 1);

    [Theory]
    [InlineData("Thời gian: Thứ Bảy 05/12 lúc 08:00", "8:00|8h")]
    [InlineData("Thời gian: Thứ Bảy 5/12 lúc 8:00", "05/12")]
    [InlineData("Số điện thoại: 0123 456 701", "0123 456 701")]
    [InlineData("Lệ phí: Miễn phí.", "mien phi")]
    public void AFragmentWrittenAnotherWayIsFound(string reply, string fragment) =>
        Assert.Null(EvaluationRun.Judge(Turn([fragment]), reply));

    [Theory]
    // Words, not parts of them: "8:00" is not in "18:00", "phi" not in "phim".
    [InlineData("lúc 18:00", "8:00")]
    [InlineData("xem phim", "phi")]
    public void APartOfAWordIsNotTheFragment(string reply, string fragment) =>
        Assert.Equal($"lacks \"{fragment}\"", EvaluationRun.Judge(Turn([fragment]), reply));

    [Fact]
    public void ARejectedFragmentFailsTheTurn() =>
        Assert.Equal("says \"chua tim thay\"", EvaluationRun.Judge(Turn([], ["chua tim thay"]), "Xin lỗi, tôi chưa tìm thấy thủ tục nào."));
}
