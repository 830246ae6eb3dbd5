namespace ChatAssistant.Features.Officers;

/// <summary>What an officer may do: admins manage officers and see every account; officers work their accounts' hand-offs.</summary>
public enum OfficerRole
{
    Admin,
    Officer,
}
