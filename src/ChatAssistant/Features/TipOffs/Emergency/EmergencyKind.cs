namespace ChatAssistant.Features.TipOffs.Emergency;

/// <summary>Which number a resident should call first: 113 police, 114 fire and rescue, 115 ambulance.</summary>
[Flags]
public enum EmergencyKind
{
    None = 0,
    Police = 1,
    Fire = 2,
    Medical = 4,
}
