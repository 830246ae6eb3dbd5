namespace ChatAssistant.Understanding;

/// <summary>What the classifier thinks a message wants: its best intent with a probability, and the next best.</summary>
public sealed record IntentGuess(string Intent, float Confidence, string? RunnerUp, float RunnerUpConfidence);
