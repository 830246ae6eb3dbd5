using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Recognizers;
using ChatAssistant.Conversation.Runtime;
using ChatAssistant.Features.FrontDoor;

namespace ChatAssistant.Features.Procedures.Answers;

/// <summary>
/// Browsing the catalogue by number: field → procedures → answer; also the "did you mean" list when a
/// question fits a few procedures about equally.
/// </summary>
public sealed class ProcedureChoiceDialog(ProcedureCatalogue catalogue, IFrontDoor frontDoor) : FollowUpDialog(DialogId, frontDoor)
{
    public const string DialogId = "procedure-choice";

    private const string FieldPrefix = "field:";

    /// <param name="options">A <see cref="ProcedureChoice"/>; null lists the fields.</param>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var texts = dc.Context.Texts;
        var choice = options as ProcedureChoice ?? new ProcedureChoice();
        if (choice.CandidateIds is { Count: > 0 } ids)
        {
            return Task.FromResult(Offer(dc, texts.Get(ProcedureTexts.Candidates), [.. ids.Select(catalogue.Find).OfType<Procedure>().Select(ToChoice)]));
        }
        if (choice.FieldId is { } fieldId && catalogue.Fields.FirstOrDefault(f => f.Id == fieldId) is { } field)
        {
            return Task.FromResult(Offer(dc, texts.Get(ProcedureTexts.FieldList, new Dictionary<string, string> { ["field"] = field.Name }),
                [.. field.Procedures.Select(ToChoice)]));
        }
        return Task.FromResult(Offer(dc, texts.Get(ProcedureTexts.Fields),
            [.. catalogue.Fields.Select(f => new Choice(FieldPrefix + f.Id, f.Name))]));
    }

    protected override Task<DialogTurnResult> OnPickedAsync(DialogContext dc, string value, CancellationToken cancellationToken) =>
        value.StartsWith(FieldPrefix, StringComparison.Ordinal)
            ? dc.ReplaceDialogAsync(DialogId, new ProcedureChoice(FieldId: value[FieldPrefix.Length..]), cancellationToken)
            : dc.ReplaceDialogAsync(ProcedureAnswerDialog.DialogId, value, cancellationToken);

    // The aliases let "đổi" or "cmnd" pick from the list as well as the number does.
    private static Choice ToChoice(Procedure procedure) => new(procedure.Id, procedure.Name, procedure.Aliases);
}
