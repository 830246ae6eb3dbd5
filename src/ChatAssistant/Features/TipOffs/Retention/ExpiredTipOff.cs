namespace ChatAssistant.Features.TipOffs.Retention;

/// <summary>A report past retention, as retention needs it: ids only.</summary>
internal sealed record ExpiredTipOff(long Id, string OaId);
