using ChatAssistant.Conversation.Dialogs;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>The booking feature as procedure answers see it: "book a slot" is offered only where it can begin.</summary>
/// <remarks>Optional: without a registered implementation, answers offer no booking.</remarks>
public interface IProcedureBooking
{
    /// <summary>Whether this account's calendar has a service for the procedure.</summary>
    bool CanBook(string oaId, string procedureId);

    /// <summary>Begins the booking flow with the service already chosen.</summary>
    Task<DialogTurnResult> BeginAsync(DialogContext dc, string procedureId, CancellationToken cancellationToken);
}
