using System.Collections.Concurrent;
using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Offices;

namespace ChatAssistant.Bench.Reminders;

/// <summary>Booking's <see cref="IAppointments"/> for the benchmark: generated appointments held in memory.</summary>
internal sealed class BenchAppointments : IAppointments
{
    public const string OaId = "388613280878808645";

    private readonly ConcurrentDictionary<long, Appointment> _appointments = new();

    public Appointment? Find(long id) => _appointments.GetValueOrDefault(id);

    public Appointment Add(long id, DateTimeOffset start)
    {
        var appointment = new Appointment(
            id, OaId, $"LH-{id:000000}", UserOf(id), "0912345678", "cccd", "Cấp thẻ căn cước", start, start.AddMinutes(15),
            "Công an phường Thử", "12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội", new MapPoint(21.028511, 105.854167),
            AppointmentStatus.Active, $"A-{id % 1000:000}");
        _appointments[id] = appointment;
        return appointment;
    }

    public static string UserOf(long id) => $"bench-user-{id}";
}
