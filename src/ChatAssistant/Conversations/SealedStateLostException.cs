namespace ChatAssistant.Conversations;

/// <summary>
/// A flow's sealed state no longer opens: the key it was sealed with was removed after a rotation. The flow cannot
/// go on; the resident is told to start again, and nothing of what they wrote is left readable.
/// </summary>
public sealed class SealedStateLostException : Exception
{
    public SealedStateLostException()
        : base("A flow's sealed state does not open with the configured keys.")
    {
    }

    public SealedStateLostException(string message)
        : base(message)
    {
    }

    public SealedStateLostException(Exception innerException)
        : base("A flow's sealed state does not open with the configured keys.", innerException)
    {
    }

    public SealedStateLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
