namespace ChatAssistant.Features.TipOffs;

/// <summary>The encrypted evidence files in the media folder, as key rotation and retention need them.</summary>
public interface IEvidenceFiles
{
    /// <summary>Re-encrypts the file with the current key when an older key sealed it; true when it was rewritten.</summary>
    Task<bool> ResealAsync(long evidenceId, string fileName, CancellationToken cancellationToken);

    /// <summary>Overwrites the file's bytes, then deletes it; true when there was a file to shred.</summary>
    Task<bool> ShredAsync(string fileName, CancellationToken cancellationToken);
}
