using ChatAssistant.Conversation.Messages;
using ChatAssistant.Conversation.Turns;

namespace ChatAssistant.Features.Offices;

/// <summary>Answers "where are you, when do you open, what is your number" for the account the resident wrote to.</summary>
public sealed class OfficeAnswers(OfficeDirectory offices)
{
    public const string UnknownTextKey = "offices-unknown";
    public const string IntroTextKey = "offices-intro";

    public void SendUnitOffices(ITurnContext turn)
    {
        if (offices.UnitOf(turn.Activity.AccountId) is not { } unit)
        {
            turn.SendText(UnknownTextKey);
            return;
        }
        var cards = unit.Offices.Select(office => OfficeCard.Render(office, turn.Texts));
        var intro = turn.Texts.Get(IntroTextKey, new Dictionary<string, string> { ["unit"] = unit.Name });
        turn.Send(OutboundMessage.FromText(intro + "\n\n" + string.Join("\n\n", cards)));
    }
}
