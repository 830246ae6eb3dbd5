using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.Booking.Chat;

/// <summary>
/// "Có lẽ tôi nhầm, xin hỏi hiện tôi có lịch hẹn nào không ạ?" in the middle of a flow (booking another, say): the
/// upcoming bookings, or that there are none, on the side, and the flow's question again. At the front door the
/// question opens "lịch hẹn của tôi" instead, where a booking can be picked to change.
/// </summary>
internal sealed class AppointmentsAside(BookingDesk desk) : IQuestionAnswerer
{
    // Before the questions about the service: "có lịch hẹn thì được gọi thế nào" is theirs, but only a question the
    // classifier is sure asks for the resident's own bookings gets here.
    public int Order => 44;

    public bool AnswersAsidesOfItsOwn => true;

    private const float Sure = 0.6f;

    public Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken) => Task.FromResult(false);

    public bool TryAnswerAside(ITurnContext turn, MessageMeaning meaning, bool closely = false)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(meaning);
        if (!meaning.IsQuestion || meaning.Guess is not { Intent: Intents.MyAppointments, Confidence: >= Sure })
        {
            return false;
        }
        var upcoming = desk.Upcoming(turn.Activity.AccountId, turn.Activity.UserId);
        if (upcoming.Count == 0)
        {
            turn.SendText(BookingTexts.NoneAside);
            return true;
        }
        turn.Send(OutboundMessage.FromText(string.Join('\n', upcoming.Select(a => MyAppointmentsDialog.LineOf(turn, a)).Prepend(turn.Texts.Get(BookingTexts.ListAside)))));
        return true;
    }
}
