using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Conversation.Turns;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Offices;
using Microsoft.Extensions.Options;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>Answers one procedure, then offers the next steps: book a slot, the office's address, another question.</summary>
public sealed class ProcedureAnswerDialog(
    ProcedureCatalogue catalogue,
    OfficeDirectory offices,
    OfficeAnswers officeAnswers,
    IOptions<PublicPagesOptions> pages,
    IFrontDoor frontDoor,
    IProcedureBooking? booking = null) : FollowUpDialog(DialogId, frontDoor)
{
    public const string DialogId = "procedure-answer";

    private const string ProcedureKey = "procedure";
    private const string Book = "book";
    private const string Office = "office";
    private const string Another = "another";

    /// <param name="options">The procedure id.</param>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (catalogue.Find(options as string ?? "") is not { } procedure)
        {
            // A choice stored before the catalogue changed (an entry removed and the service restarted).
            turn.SendText(ProcedureTexts.AskAnother);
            return dc.EndDialogAsync(null, cancellationToken);
        }
        var parts = ProcedureAnswer.Render(procedure, turn.Activity.AccountId, offices, turn.Texts, pages.Value.PageOf(procedure.Id));
        foreach (var part in parts.SkipLast(1))
        {
            turn.SendRawText(part);
        }
        dc.ActiveDialog!.State[ProcedureKey] = procedure.Id;
        ProcedureTopic.Remember(turn, procedure.Id);
        return Task.FromResult(Offer(dc, turn.Texts.Get(ProcedureTexts.Next), NextSteps(turn, procedure), preface: parts[^1]));
    }

    protected override Task<DialogTurnResult> OnPickedAsync(DialogContext dc, string value, CancellationToken cancellationToken)
    {
        var procedure = catalogue.Find(dc.ActiveDialog!.State[ProcedureKey]?.GetValue<string>() ?? "");
        var turn = dc.Context;
        switch (value)
        {
            case Book when procedure is not null && booking is not null:
                return ReplaceWithBookingAsync(dc, procedure.Id, cancellationToken);
            case Office when procedure is not null:
                SendOffices(turn, procedure);
                break;
            default:
                turn.SendText(ProcedureTexts.AskAnother);
                break;
        }
        return dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> ReplaceWithBookingAsync(DialogContext dc, string procedureId, CancellationToken cancellationToken)
    {
        await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        return await booking!.BeginAsync(dc, procedureId, cancellationToken).ConfigureAwait(false);
    }

    private List<Choice> NextSteps(ITurnContext turn, Procedure procedure)
    {
        var steps = new List<Choice>();
        if (procedure.Bookable && booking?.CanBook(turn.Activity.AccountId, procedure.Id) == true)
        {
            steps.Add(new Choice(Book, turn.Texts.Get(ProcedureTexts.NextBook), ["dat lich", "hen", "lay so"]));
        }
        steps.Add(new Choice(Office, turn.Texts.Get(ProcedureTexts.NextOffice), ["dia chi", "o dau", "gio lam viec"]));
        steps.Add(new Choice(Another, turn.Texts.Get(ProcedureTexts.NextAnother), ["khac", "hoi khac", "thu tuc khac"]));
        return steps;
    }

    /// <summary>The offices where this procedure is filed: the unit's own, and provincial ones it names.</summary>
    private void SendOffices(ITurnContext turn, Procedure procedure)
    {
        var where = procedure.Where.Select(kind => offices.ForKind(turn.Activity.AccountId, kind)).OfType<Office>().Distinct().ToList();
        if (where.Count == 0)
        {
            officeAnswers.SendUnitOffices(turn);
            return;
        }
        turn.SendRawText(string.Join("\n\n", where.Select(office => OfficeCard.Render(office, turn.Texts))));
    }
}
