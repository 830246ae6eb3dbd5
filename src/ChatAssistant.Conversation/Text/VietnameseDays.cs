namespace ChatAssistant.Conversation.Text;

/// <summary>Days of the week as Vietnamese writes them: "Thứ Hai" … "Chủ nhật", "thứ Hai" inside a sentence.</summary>
public static class VietnameseDays
{
    private static readonly string[] Names = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

    public static string Name(DayOfWeek day) => Names[(int)day];

    /// <summary>The name as it reads mid-sentence ("vào thứ Năm"); "Chủ nhật" keeps its capital.</summary>
    public static string InSentence(DayOfWeek day) => day == DayOfWeek.Sunday ? Names[0] : "t" + Names[(int)day][1..];
}
