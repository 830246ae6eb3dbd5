using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Conversations;

/// <summary>A component dialog keeps its own stack across turns, takes options and returns its result to its parent.</summary>
public sealed class ComponentDialogTests : IAsyncDisposable
{
    private readonly ConversationHarness _harness = ConversationHarness.Create(services =>
    {
        services.AddSingleton<Dialog>(new SampleGroupDialog());
        services.AddSingleton<Dialog>(SampleGroupDialog.Parent());
        services.AddSingleton(new MenuEntry("menu-sample-group", 10, ["doan khach"], (dc, ct) => dc.BeginDialogAsync("sample-group-parent", null, ct)));
    }, extraTexts: new Dictionary<string, string> { ["menu-sample-group"] = "Đoàn khách" });

    public ValueTask DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ComponentTakesOptionsAsksItsOwnQuestionsAndReturnsItsResult() =>
        await _harness.Resident().Send("đoàn khách")
            .AssertReplyContains("Chào đoàn khách!").AssertReplyContains("bao nhiêu người")
            .Send("mười lăm").AssertReplyContains("tối đa 10 người", "bao nhiêu người")
            .Send("năm").AssertReplyContains("đến khi nào")
            .Send("8h sáng mai").AssertReplyContains("Đoàn 5 người, 02/12 08:00 (Morning).")
            .Send("1").AssertReplyContains("Chào đoàn khách!");

    [Fact]
    public async Task HelpInsideTheComponentNamesTheInnerQuestion() =>
        await _harness.Resident().Send("1").AssertReplyContains("Chào").AssertReplyContains("bao nhiêu người")
            .Send("giúp").AssertReplyContains("con số").AssertReplyContains("bao nhiêu người");

    [Fact]
    public async Task CancelInsideTheComponentEndsTheWholeStack() =>
        await _harness.Resident().Send("1").AssertReplyContains("Chào").AssertReplyContains("bao nhiêu người")
            .Send("3").AssertReplyContains("đến khi nào")
            .Send("hủy").AssertReplyContains("Đã hủy")
            .Send("8h sáng mai").AssertReplyContains("chưa tìm thấy thủ tục");
}
