using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Conversations;

/// <summary>
/// A resident's conversation is stored with the ids of the dialogs it is in: an id that changes or goes away leaves
/// stored conversations pointing at nothing (they restart with an apology). The ids registered must be exactly these;
/// a new dialog adds its id here, and a renamed class keeps its id.
/// </summary>
public sealed class StoredDialogIdsTests
{
    private static readonly string[] StoredIds =
    [
        "booking", "booking.service", "booking.day", "booking.time", "booking.phone", "booking.confirm", "my-appointments",
        "DossierLookupDialog", "DossierLookupDialog.TextPrompt", "dossier.phone",
        "PlaceDialog", "PlaceDialog.TextPrompt",
        "procedure-answer", "procedure-choice",
        "satisfaction-survey", "satisfaction-survey.rating", "satisfaction-survey.comment",
        "tipoff", "tipoff.category", "tipoff.story", "tipoff.when", "tipoff.where", "tipoff.evidence", "tipoff.anonymous", "tipoff.name",
        "tipoff.phone", "tipoff.confirm", "tipoff.offer",
        "TipOffFollowUpDialog", "TipOffFollowUpDialog.code", "TipOffFollowUpDialog.answer",
    ];

    [Fact]
    public async Task TheDialogIdsAStoredConversationMayHoldAreTheOnesRegistered()
    {
        await using var harness = ConversationHarness.Create();
        var registered = harness.Services.GetServices<Dialog>().Select(d => d.Id).Order(StringComparer.Ordinal).ToList();

        Assert.True(StoredIds.Order(StringComparer.Ordinal).SequenceEqual(registered), "registered: " + string.Join(", ", registered.Select(id => $"\"{id}\"")));
    }
}
