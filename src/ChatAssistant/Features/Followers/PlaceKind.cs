namespace ChatAssistant.Features.Followers;

/// <summary>What a tag says about where a follower lives. A resident has at most one tag of each kind they set themselves.</summary>
public enum PlaceKind
{
    /// <summary>Not a place: a label such as "hội phụ nữ" or "chủ nhà trọ".</summary>
    None,

    /// <summary>A residential group in a ward: "tổ dân phố", "khu phố", "khóm".</summary>
    Group,

    /// <summary>A village in a commune: "thôn", "xóm", "ấp", "bản", "buôn", "làng".</summary>
    Village,
}
