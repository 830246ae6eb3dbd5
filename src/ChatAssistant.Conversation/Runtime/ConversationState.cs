using ChatAssistant.Conversation.Dialogs;

namespace ChatAssistant.Conversation.Runtime;

/// <summary>What a conversation remembers between turns. Stored as JSON with a version, per account and resident.</summary>
public sealed class ConversationState
{
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>When the resident last wrote; a flow idle for longer than the limit expires.</summary>
    public DateTimeOffset? LastActivityAt { get; set; }

    /// <summary>The resident asked for the menu mid-flow and was asked to confirm leaving it.</summary>
    public bool ConfirmingLeave { get; set; }

    /// <summary>What was last discussed (the procedure answered); null when nothing yet.</summary>
    public ConversationTopic? Topic { get; set; }

    /// <summary>The office last named apart from the unit's own ("phòng xuất nhập cảnh ở đâu"), for "số điện thoại của họ";
    /// kept beside <see cref="Topic"/>, so asking where to file does not forget the procedure discussed.</summary>
    public ConversationTopic? OfficeTopic { get; set; }

    /// <summary>The day whose hours were last asked ("Chủ nhật có tiếp nhận không"), for a time given next without one.</summary>
    public ConversationTopic? DayTopic { get; set; }
}
