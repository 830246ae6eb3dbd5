namespace ChatAssistant.Features.TipOffs;

/// <summary>What the database keeps of a receipt code: a keyed lookup tag to find the row, and a salted slow hash to prove the code.</summary>
public sealed record StoredReceipt(byte[] Tag, byte[] Salt, byte[] Hash);
