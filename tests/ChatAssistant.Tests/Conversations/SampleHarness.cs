using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Testing;
using ChatAssistant.Testing.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Tests.Conversations;

/// <summary>A harness with the sample dialogs on the menu: "Đăng ký mẫu" (line 1) and "Báo tin mẫu" (line 2).</summary>
internal static class SampleHarness
{
    public static ConversationHarness Create(SampleRegistrationDialog? registration = null, IDictionary<string, string?>? settings = null, ManualClock? clock = null)
    {
        registration ??= new SampleRegistrationDialog();
        return ConversationHarness.Create(services =>
        {
            services.AddSingleton<Dialog>(registration);
            foreach (var dialog in SampleRegistrationDialog.WithPrompts().Skip(1).Concat(SampleReportDialog.WithPrompts()))
            {
                services.AddSingleton(dialog);
            }
            services.AddSingleton(new MenuEntry("menu-sample-registration", 10, ["dang ky mau"],
                (dc, ct) => dc.BeginDialogAsync(SampleRegistrationDialog.DialogId, null, ct)));
            services.AddSingleton(new MenuEntry("menu-sample-report", 20, ["bao tin mau"],
                (dc, ct) => dc.BeginDialogAsync(SampleReportDialog.DialogId, null, ct)));
        }, settings, clock, new Dictionary<string, string>
        {
            ["menu-sample-registration"] = "Đăng ký mẫu",
            ["menu-sample-report"] = "Báo tin mẫu",
        });
    }
}
