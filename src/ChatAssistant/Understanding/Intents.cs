namespace ChatAssistant.Understanding;

/// <summary>
/// The intents a resident's message can carry, by the names dialogs/nlu/ uses. Examples are content; the names are not,
/// because the service has a route for each: an example file naming another intent stops the start-up.
/// </summary>
public static class Intents
{
    public const string Greet = "greet";
    public const string Thanks = "thanks";
    public const string Ack = "ack";
    public const string Bye = "bye";
    public const string AskProcedure = "ask_procedure";
    public const string Book = "book";
    public const string MyAppointments = "my_appointments";
    public const string CancelAppointment = "cancel_appointment";
    public const string Reschedule = "reschedule";
    public const string DossierStatus = "dossier_status";
    public const string ReportCrime = "report_crime";
    public const string FollowUpReport = "follow_up_report";
    public const string OfficeInfo = "office_info";
    public const string TalkToOfficer = "talk_to_officer";
    public const string Emergency = "emergency";
    public const string Menu = "menu";
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string SubscribeNotices = "subscribe_notices";
    public const string OutOfScope = "out_of_scope";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Greet, Thanks, Ack, Bye, AskProcedure, Book, MyAppointments, CancelAppointment, Reschedule, DossierStatus, ReportCrime,
        FollowUpReport, OfficeInfo, TalkToOfficer, Emergency, Menu, Help, Cancel, SubscribeNotices, OutOfScope,
    };

    /// <summary>Small talk: answered with a short polite line, never searched.</summary>
    public static bool IsSmallTalk(string intent) => intent is Greet or Thanks or Ack or Bye;

    /// <summary>Whether two intents are siblings the classifier may hesitate between: both about appointments, or both small talk.</summary>
    public static bool SameFamily(string intent, string? other) =>
        other is not null && ((IsAppointment(intent) && IsAppointment(other)) || (IsSmallTalk(intent) && IsSmallTalk(other)));

    private static bool IsAppointment(string intent) => intent is Book or MyAppointments or CancelAppointment or Reschedule;
}
