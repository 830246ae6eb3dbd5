namespace ChatAssistant.Features.Dossiers;

/// <summary>What storing one row did to the table.</summary>
public enum DossierChange
{
    Inserted,
    Updated,
    /// <summary>The stored dossier already said exactly this; nothing was written.</summary>
    Unchanged,
}
