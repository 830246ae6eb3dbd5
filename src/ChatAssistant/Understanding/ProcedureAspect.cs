namespace ChatAssistant.Understanding;

/// <summary>Which part of a procedure a question asks about; <see cref="General"/> asks for all of it.</summary>
public enum ProcedureAspect
{
    General,
    Documents,
    Fee,
    TimeLimit,
    Where,
    Online,
    Eligibility,
}
