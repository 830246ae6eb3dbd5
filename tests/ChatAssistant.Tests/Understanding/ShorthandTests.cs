using ChatAssistant.Conversation.Text;

namespace ChatAssistant.Tests.Understanding;

public sealed class ShorthandTests
{
    [Theory]
    [InlineData("ko dc à", "khong duoc a")]
    [InlineData("sđt của e là j", "so dien thoai cua em la gi")]
    [InlineData("làm cccd ntn ạ", "lam can cuoc cong dan nhu the nao a")]
    [InlineData("bị lừa mất 50tr", "bi lua mat 50 trieu")]
    [InlineData("đk kt3 hết bn", "dang ky tam tru het bao nhieu")]
    [InlineData("ad ơi", "admin oi")]
    [InlineData("stt cua e la bn", "so thu tu cua em la bao nhieu")]
    [InlineData("e ko mún để sđt", "em khong muon de so dien thoai")]
    // "tui" is "tôi", but not in "tụi nó" (they) nor a "túi" (a bag, a pocket).
    [InlineData("cho tui hỏi, tụi nó có biết tui báo không", "cho toi hoi tui no co biet toi bao khong")]
    [InlineData("bị móc túi mất ví", "bi moc tui mat vi")]
    [InlineData("z thì báo ik", "vay thi bao di")]
    [InlineData("thui hủy giùm e", "thoi huy giup em")]
    [InlineData("bắt ck vào tk cá nhân", "bat chuyen khoan vao tai khoan ca nhan")]
    [InlineData("thui bb ad", "thoi tam biet admin")]
    // Read by their neighbours: "hông"/"hem" before a verb or closing a question are "không"; "nha" closing is "nhé".
    [InlineData("em hông muốn để số", "em khong muon de so")]
    [InlineData("làm trên điện thoại được hông", "lam tren dien thoai duoc khong")]
    [InlineData("hem biết", "khong biet")]
    [InlineData("8h nha", "8 gio nhe")]
    // "hk" is "không" closing a question, "hộ khẩu" after what is done with one.
    [InlineData("t5 tuan sau dc hk ad", "t5 tuan sau duoc khong admin")]
    [InlineData("me e phai di cung hk hay e tu di", "me em phai di cung khong hay em tu di")]
    [InlineData("e muon nhap hk cho con", "em muon nhap ho khau cho con")]
    [InlineData("e hk bik bam j het", "em khong biet bam gi het")]
    [InlineData("cn thì s", "cn thi sao")]
    // Telex's doubled letters left as they were typed.
    [InlineData("tooi muốn báo", "toi muon bao")]
    [InlineData("thế thooi ạ", "the thoi a")]
    // Slips of the thumb that leave no syllable: letters swapped, the "n" of "ng"/"nh" left out, a vowel doubled.
    [InlineData("muốn đặt lịhc", "muon dat lich")]
    [InlineData("mấy ngỳa thì có thẻ", "may ngay thi co the")]
    [InlineData("ok cảm ơ nha", "ok cam on nhe")]
    [InlineData("cấm ở đây", "cam o day")]
    // An abbreviation whose last letter is doubled is no slip to mend ("antt" is "an ninh trật tự", not "nát").
    [InlineData("cần giấy antt nữa", "can giay antt nua")]
    [InlineData("ừ đúgn", "u dung")]
    [InlineData("ko ẩn dnah", "khong an danh")]
    [InlineData("mìh mới lấy chồg", "minh moi lay chong")]
    [InlineData("gửi đii", "gui di")]
    // A tone key typed before the last letters, a letter typed twice inside, "uu" held at the end, a Telex key then a swap.
    [InlineData("Mấy ngafy thì có thẻ", "may ngay thi co the")]
    [InlineData("khônng để số", "khong de so")]
    [InlineData("đổi căn cuwowcs", "doi can cuoc")]
    [InlineData("mất bao lâuu", "mat bao lau")]
    [InlineData("lmaf sao", "lam sao")]
    [InlineData("k cóa ảnh", "khong co anh")]
    [InlineData("báo tin vêf ma tuys", "bao tin ve ma tuy")]
    public void ShorthandIsSpelledOut(string typed, string normalized) =>
        Assert.Equal(normalized, Shorthand.Normalize(typed));

    [Theory]
    [InlineData("thẻ bị hỏng", "the bi hong")]
    [InlineData("anh a", "anh a")]
    [InlineData("quán nhậu đầu hẻm 12", "quan nhau dau hem 12")]
    [InlineData("chị Hồng ơi", "chi hong oi")]
    [InlineData("ngủ lại nhà bác", "ngu lai nha bac")]
    // "nhà" with its mark is the house, wherever it stands.
    [InlineData("giấy xác nhận nhà em ở đâu", "giay xac nhan nha em o dau")]
    [InlineData("chủ NHÀ", "chu nha")]
    [InlineData("cái xoong", "cai xoong")]
    // Real syllables with a tone key's letter in them, and "ưu" (folded "uu"), stay as they are.
    [InlineData("cứu với, sương mù", "cuu voi suong mu")]
    [InlineData("trước sân nhà", "truoc san nha")]
    [InlineData("Phòng Cảnh sát PCCC tỉnh", "phong canh sat pccc tinh")]
    // Loanwords and abbreviations are no syllables either, but no slip undone makes one of them.
    [InlineData("check menu online, time out", "check menu online time out")]
    [InlineData("hồ sơ BCA, rút ATM", "ho so bca rut atm")]
    public void AmbiguousWordsAreLeftAlone(string typed, string normalized) =>
        Assert.Equal(normalized, Shorthand.Normalize(typed));

    [Theory]
    // "ở đầu hẻm" (at the head of the alley) folds like "ở đâu" (where): a place where something happens asks nothing.
    [InlineData("có đứa bán ma túy ở đầu hẻm nhà em", "co dua ban ma tuy tai dau hem nha em")]
    [InlineData("tụi nó tụ tập o dau ngo 5", "tui no tu tap tai dau ngo 5")]
    // "ở đâu" asking where stays a question, whatever follows.
    [InlineData("làm căn cước ở đâu", "lam can cuoc o dau")]
    [InlineData("phường ở đâu vậy", "phuong o dau vay")]
    public void AtTheHeadOfAPlaceIsNoWhere(string typed, string normalized) =>
        Assert.Equal(normalized, Shorthand.Normalize(typed));

    [Fact]
    public void HalfAnEmojiDoesNotThrow() =>
        Assert.Equal("ok", Shorthand.Normalize("ok \uD83D"));
}
