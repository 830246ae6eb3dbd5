namespace ChatAssistant.Conversation.Recognizers;

/// <summary>
/// <see cref="PartOfDay"/> plus night: "1 giờ đêm" is 01:00 but "1 giờ tối" is not said, so the clock needs the
/// difference even though callers do not.
/// </summary>
internal enum DayPart
{
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}
