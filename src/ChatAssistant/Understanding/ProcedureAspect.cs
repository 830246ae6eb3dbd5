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

    /// <summary>Who must come in person, and whether someone else may file it ("cháu có phải đi cùng không").</summary>
    InPerson,

    /// <summary>How long the paper issued stays valid ("giấy này dùng được bao lâu").</summary>
    Validity,

    /// <summary>What must be done before it ("người bán phải làm gì trước").</summary>
    Prerequisite,
}
