namespace ChatAssistant.Features.TipOffs.Evidence;

/// <summary>A file fetched into the vault: its name there, the type its bytes showed, its real size and the SHA-256 of its content.</summary>
public sealed record FetchedFile(string FileName, string ContentType, long Size, byte[] Sha256);
