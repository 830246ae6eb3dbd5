namespace ChatAssistant.Features.TipOffs;

/// <summary>Told once a report from the chat has been committed (the evidence fetcher starts on its media).</summary>
public interface ITipOffSubmitted
{
    void Submitted();
}
