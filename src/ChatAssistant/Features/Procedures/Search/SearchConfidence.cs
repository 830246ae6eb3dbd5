namespace ChatAssistant.Features.Procedures.Search;

/// <summary>How sure the search is that the resident asked about its first hit.</summary>
public enum SearchConfidence
{
    /// <summary>One procedure clearly fits.</summary>
    Confident,

    /// <summary>A few procedures fit about as well; ask the resident to choose.</summary>
    Candidates,

    /// <summary>The question is about something the catalogue does not cover.</summary>
    OutOfScope,
}
