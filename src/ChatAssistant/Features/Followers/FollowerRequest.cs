namespace ChatAssistant.Features.Followers;

/// <summary>What a resident asked of the registry in free text.</summary>
internal enum FollowerRequest
{
    None,

    /// <summary>"tắt thông báo", "không nhận thông báo nữa".</summary>
    NoticesOff,

    /// <summary>"bật thông báo", "nhận lại thông báo".</summary>
    NoticesOn,

    /// <summary>"tổ dân phố", "đổi tổ dân phố", "đổi thôn": ask where they live.</summary>
    AskPlace,
}
