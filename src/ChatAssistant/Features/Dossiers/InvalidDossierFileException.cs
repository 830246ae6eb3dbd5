namespace ChatAssistant.Features.Dossiers;

/// <summary>The file cannot be read as a list at all (no header, missing columns); nothing was stored.</summary>
public sealed class InvalidDossierFileException : Exception
{
    public InvalidDossierFileException()
    {
    }

    public InvalidDossierFileException(string message)
        : base(message)
    {
    }

    public InvalidDossierFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
