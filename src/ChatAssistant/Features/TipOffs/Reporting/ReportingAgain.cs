using System.Text.RegularExpressions;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Conversation.Text;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Understanding;

namespace ChatAssistant.Features.TipOffs.Reporting;

/// <summary>
/// "Tôi về rồi. Giờ báo lại được không?", "v thôi e báo lại từ đầu lun": reporting again, as the bot itself suggests
/// after a report put off ("nhắn 'tố giác' để báo lại") or a lost receipt code ("gửi một tin báo mới"). The report begins.
/// "Báo lại" with something to tell back ("báo lại kết quả cho tôi") or a promise to get back ("em báo lại nhé") is not this.
/// </summary>
internal sealed partial class ReportingAgain : IQuestionAnswerer
{
    // Among the exact commands, before the questions about the service ("hỏi lại tin báo kiểu gì").
    public int Order => 38;

    public async Task<bool> TryAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        if (!VietnameseText.Clauses(text).Any(clause => AsksToReportAgain().IsMatch(Shorthand.Normalize(clause))))
        {
            return false;
        }
        await dc.BeginDialogAsync(TipOffReportDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
        return true;
    }

    // A clause that is only that: a filler or two, who, "báo lại", and from the start, now, or whether it can be done.
    [GeneratedRegex(
        @"^(?:(?:vay|thoi|the|ok|gio|bay gio) )*(?:(?:em|toi|minh|chau|con) )?(?:(?:gio|bay gio) )?(?:bao lai|to giac lai)(?: tin)?" +
        @"(?:(?: tu dau)(?: luon)?(?: nhe| di| a)?| luon(?: nhe| di| a)?| duoc khong| duoc chua)(?: a| admin| ad)?$" +
        @"|^(?:(?:vay|thoi|the|ok) )*(?:gio|bay gio) (?:(?:em|toi|minh|chau|con) )?(?:bao lai|to giac lai)(?: tin)?(?: nhe| di| a)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AsksToReportAgain();
}
