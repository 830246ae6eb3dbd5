using ChatAssistant.Features.TipOffs.Emergency;

namespace ChatAssistant.Tests.Features.TipOffs.Emergency;

public sealed class EmergencyWordsTests
{
    [Theory]
    // "nó" folds like "nổ" and "máu chảy" like "máu cháy": a stabbing is the police's and the ambulance's, not a fire.
    [InlineData("no dam trung bac hang xom r, mau chay nhieu lam ad", EmergencyKind.Police | EmergencyKind.Medical)]
    [InlineData("lửa lan sang nhà bên rồi, có ngừoi kẹt trên gác", EmergencyKind.Fire)]
    [InlineData("Họ vẫn đang đánh, có người chảy máu", EmergencyKind.Police | EmergencyKind.Medical)]
    [InlineData("nhà bên đang cháy to lắm", EmergencyKind.Fire)]
    [InlineData("ơ có thằng đang cạy khoá xe trước cổng nhà em kìa", EmergencyKind.Police)]
    [InlineData("co ng pha khoa xe o bai xe chung cu", EmergencyKind.Police)]
    [InlineData("xe may boc chay ra ca duong roi", EmergencyKind.Fire)]
    public void TheKindOfDangerIsRead(string text, EmergencyKind kind) => Assert.Equal(kind, EmergencyWords.Recognize(text));

    [Theory]
    [InlineData("bị lừa qua mạng mất 50 triệu")]
    [InlineData("thẩm định thiết kế phòng cháy chữa cháy nộp ở đâu")]
    [InlineData("quên mật khẩu, khóa tài khoản định danh được không")]
    // Unmarked, "chay" before where one runs to is running.
    [InlineData("khai bao o dau, co phai chay len phuong hong")]
    [InlineData("em chay xe om, bi mat bang lai")]
    public void NoDangerIsReadInto(string text) => Assert.Equal(EmergencyKind.None, EmergencyWords.Recognize(text));
}
