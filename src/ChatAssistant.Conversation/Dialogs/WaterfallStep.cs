namespace ChatAssistant.Conversation.Dialogs;

/// <summary>One step of a waterfall: keep the previous answer, ask the next question or move on.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();
