using ChatAssistant.Content;
using ChatAssistant.Conversation.Dialogs;
using ChatAssistant.Features.FrontDoor;
using ChatAssistant.Features.Procedures.Answers;
using ChatAssistant.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Booking.Chat;

public static class BookingChatRegistration
{
    /// <summary>Booking in chat: the flow, "lịch hẹn của tôi", their menu lines, and "book a slot" under procedure answers.</summary>
    public static IServiceCollection AddBookingChat(this IServiceCollection services)
    {
        services.AddOptions<BookingChatOptions>()
            .BindConfiguration(BookingChatOptions.SectionName)
            .Validate(o => o.InfoCardImageUrl is null || (o.InfoCardImageUrl.IsAbsoluteUri && o.InfoCardImageUrl.Scheme == "https"),
                "Booking:InfoCardImageUrl must be an absolute https address of a picture.")
            .ValidateOnStart();
        services.AddSingleton<BookingConfirmation>();
        services.AddSingleton<BookingDialog>();
        services.AddSingleton<Dialog>(sp => sp.GetRequiredService<BookingDialog>());
        // The prompts check answers against the calendar, so the dialog makes them; each is registered on its own.
        for (var i = 0; i < BookingDialog.PromptCount; i++)
        {
            var index = i;
            services.AddSingleton<Dialog>(sp => sp.GetRequiredService<BookingDialog>().Prompts()[index]);
        }
        services.AddSingleton<Dialog, MyAppointmentsDialog>();
        services.AddSingleton<IProcedureBooking, ProcedureBooking>();
        services.AddSingleton<BookingRequests>();
        services.AddSingleton<IIntentHandler>(sp => sp.GetRequiredService<BookingRequests>());
        services.AddSingleton<IIntentHandler, AppointmentRequests>();
        services.AddSingleton<IQuestionAnswerer, AppointmentsAside>();
        services.AddSingleton<IQuestionAnswerer, CancelInWords>();
        services.AddSingleton(new MenuEntry(BookingTexts.Menu, 200, ["dat lich", "dat hen", "lay so", "boc so", "hen lich", "dang ky lich", "dat lai di", "muon hen", "hen len", "xin hen"],
            (dc, ct) => dc.BeginDialogAsync(BookingDialog.DialogId, null, ct), [Intents.Book]));
        services.AddSingleton(new MenuEntry(BookingTexts.MenuMine, 210, ["lich hen cua toi", "lich cua toi", "huy lich", "doi lich", "huy hen", "doi hen"],
            (dc, ct) => dc.BeginDialogAsync(MyAppointmentsDialog.DialogId, null, ct),
            [Intents.MyAppointments, Intents.CancelAppointment, Intents.Reschedule]));
        services.AddSingleton<IRequiredTexts>(new RequiredTexts(BookingTexts.All));
        return services;
    }
}
