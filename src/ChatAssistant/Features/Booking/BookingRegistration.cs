using ChatAssistant.Content;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAssistant.Features.Booking;

public static class BookingRegistration
{
    /// <summary>The booking calendar (dialogs/booking.yaml, checked at start-up), the desk that books, the counters' queue and closures.</summary>
    /// <remarks>Needs the offices and the procedure catalogue: register after <c>AddOffices</c> and <c>AddProcedures</c>.</remarks>
    public static IServiceCollection AddBooking(this IServiceCollection services)
    {
        services.AddSingleton(sp => BookingCalendar.Load(
            sp.GetRequiredService<DialogsFolder>(), sp.GetRequiredService<ProcedureCatalogue>(), sp.GetRequiredService<OfficeDirectory>()));
        services.AddSingleton<IStartupContent>(sp => sp.GetRequiredService<BookingCalendar>());
        services.AddSingleton<IOfficeCalendar, BookingOfficeCalendar>();
        services.AddSingleton<AppointmentStore>();
        services.AddSingleton<IAppointments>(sp => sp.GetRequiredService<AppointmentStore>());
        services.AddSingleton<BookingDesk>();
        services.AddSingleton<QueueDesk>();
        services.AddSingleton<OfficeClosures>();
        services.AddSingleton<BookingWeek>();
        services.AddSingleton<IRequiredTexts>(new RequiredTexts([.. BookingOfficeTexts.All]));
        return services;
    }
}
