namespace ChatAssistant.Understanding;

/// <summary>One example sentence of an intent, with where it was written (for errors and for the evaluation).</summary>
/// <param name="Text">As the officer wrote it; the classifier learns it normalized.</param>
public sealed record IntentExample(string Intent, string Text, string File, int Line);
