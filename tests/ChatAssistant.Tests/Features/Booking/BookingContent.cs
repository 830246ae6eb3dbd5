using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Offices;
using ChatAssistant.Features.Procedures;

namespace ChatAssistant.Tests.Features.Booking;

/// <summary>The repository's catalogue, offices and booking calendar, loaded once for the booking tests.</summary>
internal static class BookingContent
{
    public const string OaId = "388613280878808645";

    private static readonly Lazy<ProcedureCatalogue> LazyCatalogue = new(() =>
        ProcedureCatalogue.Load(Path.Combine(RepositoryFiles.DialogsFolder, ProcedureCatalogue.FolderName)));

    private static readonly Lazy<OfficeDirectory> LazyOffices = new(() =>
        OfficeDirectory.Load(Path.Combine(RepositoryFiles.DialogsFolder, OfficeDirectory.FileName)));

    private static readonly Lazy<BookingCalendar> LazyCalendar = new(() =>
        BookingCalendar.Load(Path.Combine(RepositoryFiles.DialogsFolder, BookingCalendar.FileName), Catalogue, Offices));

    public static ProcedureCatalogue Catalogue => LazyCatalogue.Value;

    public static OfficeDirectory Offices => LazyOffices.Value;

    public static BookingCalendar Calendar => LazyCalendar.Value;
}
