namespace ChatAssistant.Storage;

/// <summary>Which writes the database writer serves first.</summary>
public enum WritePriority
{
    /// <summary>Turns, deliveries, officer actions: committed soon, in order.</summary>
    Background,
    /// <summary>Storing a webhook event while Zalo waits for the answer.</summary>
    Intake,
}
