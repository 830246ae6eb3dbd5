namespace ChatAssistant.Features.CommonQuestions;

/// <summary>One entry of dialogs/questions.yaml: the ways residents ask it and the answer.</summary>
public sealed record CommonQuestion(string Id, IReadOnlyList<string> Questions, string Answer);
