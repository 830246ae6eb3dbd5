using ChatAssistant.Features.Offices;

namespace ChatAssistant.Features.Booking;

/// <summary>Where residents come for a slot: the unit's office, or the place of a mobile session.</summary>
public sealed record BookingPlace(string Name, string Address, MapPoint? Location);
