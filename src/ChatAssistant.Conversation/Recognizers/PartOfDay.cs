namespace ChatAssistant.Conversation.Recognizers;

/// <summary>The part of the day a resident names instead of a clock time: "sáng", "trưa", "chiều", "tối".</summary>
public enum PartOfDay
{
    Morning,
    Noon,
    Afternoon,

    /// <summary>"tối", and also "đêm"/"khuya": an office never books at night, so one value is enough.</summary>
    Evening,
}
