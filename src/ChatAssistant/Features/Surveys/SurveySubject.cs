namespace ChatAssistant.Features.Surveys;

/// <summary>The appointment a survey asks about: kept with the question so the answer needs nothing else.</summary>
public sealed record SurveySubject(long AppointmentId, string ServiceId, string ServiceName);
