using ChatAssistant.Features.Booking;
using ChatAssistant.Features.Reminders;
using ChatAssistant.Testing;
using Microsoft.Extensions.Options;
using static ChatAssistant.Tests.Features.Reminders.Appointments;

namespace ChatAssistant.Tests.Features.Reminders;

public sealed class ReminderDeciderTests
{
    private static readonly ReminderRule EveningBefore = ReminderRule.DayBefore(TimeSpan.FromHours(18));
    private static readonly ReminderRule TwoHoursBefore = ReminderRule.BeforeStart(TimeSpan.FromHours(2));

    private readonly ManualClock _clock = new(Local(12, 17, 9));
    private readonly ReminderOptions _options = new() { ZnsTemplateId = "315842" };

    private ReminderDecider Decider => new(Options.Create(_options));

    [Fact]
    public void DefaultRulesAreTheEveningBeforeAtSixAndTwoHoursBeforeInVietnameseTime()
    {
        var start = Local(12, 20, 8, 30);

        var due = Decider.Schedule(At(start), _clock.GetUtcNow());

        Assert.Equal([Local(12, 19, 18), Local(12, 20, 6, 30)], due.Select(d => d.DueAt));
        Assert.Equal(["day-before-1800", "before-120m"], due.Select(d => d.Rule.Name));
    }

    [Fact]
    public void EveningBeforeIsTheVietnameseDayBeforeEvenWhenTheUtcDateDiffers()
    {
        // 06:30 in Hà Nội is 23:30 UTC the day before: the evening before is still the 19th in Vietnam.
        var start = Local(12, 20, 6, 30);

        Assert.Equal(Local(12, 19, 18), EveningBefore.DueAt(start));
    }

    [Fact]
    public void ABookingMadeAtSevenInTheEveningForTomorrowMorningGetsOnlyTheTwoHoursBeforeReminder()
    {
        _clock.UtcNow = Local(12, 19, 19);

        var due = Decider.Schedule(At(Local(12, 20, 8, 30)), _clock.GetUtcNow());

        var only = Assert.Single(due);
        Assert.Equal(TwoHoursBefore.Name, only.Rule.Name);
    }

    [Fact]
    public void ABookingForWithinTheHourGetsNoReminder()
    {
        _clock.UtcNow = Local(12, 20, 8);

        Assert.Empty(Decider.Schedule(At(Local(12, 20, 8, 30)), _clock.GetUtcNow()));
    }

    [Fact]
    public void ACancelledAppointmentGetsNoReminder()
    {
        var cancelled = At(Local(12, 20, 8, 30)) with { Status = AppointmentStatus.Cancelled };

        Assert.Empty(Decider.Schedule(cancelled, _clock.GetUtcNow()));
    }

    [Theory]
    [InlineData("day-before-1800", 18, 0, null)]
    [InlineData("day-before-0730", 7, 30, null)]
    [InlineData("before-120m", null, null, 120)]
    [InlineData("before-1440m", null, null, 1440)]
    public void RuleNamesReadBackAsTheSameRule(string name, int? hour, int? minute, int? minutesBefore)
    {
        var rule = ReminderRule.Parse(name);

        Assert.NotNull(rule);
        Assert.Equal(name, rule.Name);
        Assert.Equal(hour is null ? null : new TimeSpan(hour.Value, minute!.Value, 0), rule.DayBeforeAt);
        Assert.Equal(minutesBefore is null ? null : TimeSpan.FromMinutes(minutesBefore.Value), rule.Before);
    }

    [Theory]
    [InlineData("day-before-2500")]
    [InlineData("before-0m")]
    [InlineData("after-10m")]
    public void UnknownRuleNamesAreRefused(string name) => Assert.Null(ReminderRule.Parse(name));

    [Fact]
    public void ResidentWhoWroteWithinSevenDaysGetsAnOaMessage()
    {
        var appointment = At(Local(12, 20, 8, 30));
        _clock.UtcNow = Local(12, 20, 6, 30);

        var decision = Decide(appointment, TwoHoursBefore, lastInteraction: _clock.GetUtcNow().AddDays(-6));

        Assert.Equal(ReminderAction.SendOa, decision.Action);
        Assert.Equal(ReminderChannel.Oa, decision.Channel);
    }

    [Fact]
    public void ResidentSilentForSevenDaysGetsZnsAtTheirPhone()
    {
        var appointment = At(Local(12, 20, 8, 30));
        _clock.UtcNow = Local(12, 20, 6, 30);

        var decision = Decide(appointment, TwoHoursBefore, lastInteraction: _clock.GetUtcNow().AddDays(-7));

        Assert.Equal(ReminderAction.SendZns, decision.Action);
    }

    [Fact]
    public void ResidentWhoUnfollowedGetsZnsEvenAfterARecentMessage()
    {
        _clock.UtcNow = Local(12, 20, 6, 30);

        var decision = Decide(At(Local(12, 20, 8, 30)), TwoHoursBefore, lastInteraction: _clock.GetUtcNow().AddHours(-1), following: false);

        Assert.Equal(ReminderAction.SendZns, decision.Action);
    }

    [Fact]
    public void WithoutAPhoneOutsideTheWindowTheReminderIsUndeliverable()
    {
        _clock.UtcNow = Local(12, 20, 6, 30);

        var decision = Decide(At(Local(12, 20, 8, 30), phone: null), TwoHoursBefore, lastInteraction: null);

        Assert.Equal(ReminderAction.Undeliverable, decision.Action);
        Assert.Contains("no phone", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAZnsTemplateOutsideTheWindowTheReminderIsUndeliverable()
    {
        _options.ZnsTemplateId = "";
        _clock.UtcNow = Local(12, 20, 6, 30);

        var decision = Decide(At(Local(12, 20, 8, 30)), TwoHoursBefore, lastInteraction: null);

        Assert.Equal(ReminderAction.Undeliverable, decision.Action);
        Assert.Contains("no ZNS template", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WalkInBookingWithAPhoneGetsZns()
    {
        _clock.UtcNow = Local(12, 19, 18);

        var decision = Decide(At(Local(12, 20, 8, 30), userId: null), EveningBefore, lastInteraction: null);

        Assert.Equal(ReminderAction.SendZns, decision.Action);
    }

    [Fact]
    public void ZnsReminderDueInQuietHoursWaitsUntilSixWhenTheAppointmentIsLater()
    {
        var rule = ReminderRule.DayBefore(new TimeSpan(22, 30, 0));
        _clock.UtcNow = Local(12, 19, 22, 30);

        var decision = Decide(At(Local(12, 20, 8, 30)), rule, lastInteraction: null);

        Assert.Equal(ReminderAction.SendZnsLater, decision.Action);
        Assert.Equal(Local(12, 20, 6), decision.At);
    }

    [Fact]
    public void ZnsReminderInQuietHoursForAnAppointmentBeforeSixIsUndeliverable()
    {
        // An early session at 06:00 sharp: "after the quiet hours" is already too late.
        _clock.UtcNow = Local(12, 20, 4);

        var decision = Decide(At(Local(12, 20, 6)), TwoHoursBefore, lastInteraction: null);

        Assert.Equal(ReminderAction.Undeliverable, decision.Action);
    }

    [Fact]
    public void OaReminderIsNotHeldBackByZnsQuietHours()
    {
        _clock.UtcNow = Local(12, 19, 23);

        var decision = Decide(At(Local(12, 20, 1)), TwoHoursBefore, lastInteraction: _clock.GetUtcNow().AddDays(-1));

        Assert.Equal(ReminderAction.SendOa, decision.Action);
    }

    [Fact]
    public void MissedReminderIsSentLateWhileTheAppointmentIsStillAhead()
    {
        var appointment = At(Local(12, 20, 8, 30));
        _clock.UtcNow = Local(12, 20, 8, 10);

        var decision = Decide(appointment, TwoHoursBefore, lastInteraction: _clock.GetUtcNow().AddDays(-1));

        Assert.Equal(ReminderAction.SendOa, decision.Action);
    }

    [Fact]
    public void MissedReminderIsDroppedOnceTheAppointmentHasBegun()
    {
        var appointment = At(Local(12, 20, 8, 30));
        _clock.UtcNow = Local(12, 20, 8, 30);

        var decision = Decide(appointment, TwoHoursBefore, lastInteraction: _clock.GetUtcNow().AddDays(-1));

        Assert.Equal(ReminderAction.Dropped, decision.Action);
    }

    [Fact]
    public void ReminderOfACancelledAppointmentIsSkipped()
    {
        var cancelled = At(Local(12, 20, 8, 30)) with { Status = AppointmentStatus.Cancelled };
        _clock.UtcNow = Local(12, 20, 6, 30);

        Assert.Equal(ReminderAction.Skipped, Decide(cancelled, TwoHoursBefore, lastInteraction: null).Action);
    }

    [Fact]
    public void ReminderScheduledForAnEarlierStartIsSkippedAfterAReschedule()
    {
        var original = At(Local(12, 20, 8, 30));
        var moved = original with { Start = Local(12, 21, 9).ToUniversalTime() };
        _clock.UtcNow = Local(12, 20, 6, 30);

        var decision = Decider.Decide(new ReminderFacts(moved, TwoHoursBefore, TwoHoursBefore.DueAt(original.Start), true, null), _clock.GetUtcNow());

        Assert.Equal(ReminderAction.Skipped, decision.Action);
        Assert.Contains("moved", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReminderOfAVanishedAppointmentIsSkipped()
    {
        var decision = Decider.Decide(new ReminderFacts(null, TwoHoursBefore, _clock.GetUtcNow(), null, null), _clock.GetUtcNow());

        Assert.Equal(ReminderAction.Skipped, decision.Action);
    }

    [Fact]
    public void FailedZnsIsRetriedWithADoublingDelayThenGivenUp()
    {
        _options.ZnsAttempts = 3;
        _options.ZnsRetryDelay = TimeSpan.FromMinutes(1);
        var appointment = At(Local(12, 20, 8, 30));
        var now = Local(12, 20, 6, 30);

        var first = Decider.AfterZnsFailure(appointment, 1, null, now, "network");
        var second = Decider.AfterZnsFailure(appointment, 2, null, now, "network");
        var third = Decider.AfterZnsFailure(appointment, 3, null, now, "network");

        Assert.Equal(now.AddMinutes(1), first.At);
        Assert.Equal(now.AddMinutes(2), second.At);
        Assert.Equal(ReminderAction.Undeliverable, third.Action);
    }

    [Fact]
    public void ZnsRefusedForQuietHoursIsRetriedAtZalosTimeUnlessTheAppointmentIsEarlier()
    {
        var now = Local(12, 19, 23);

        var later = Decider.AfterZnsFailure(At(Local(12, 20, 8, 30)), 1, Local(12, 20, 6), now, "error -133");
        var tooLate = Decider.AfterZnsFailure(At(Local(12, 20, 5)), 1, Local(12, 20, 6), now, "error -133");

        Assert.Equal(Local(12, 20, 6), later.At);
        Assert.Equal(ReminderAction.Undeliverable, tooLate.Action);
    }

    [Fact]
    public void InvalidRulesStopStartUp()
    {
        var options = new ReminderOptions { Rules = [new ReminderRule(), ReminderRule.BeforeStart(TimeSpan.Zero), EveningBefore, EveningBefore] };

        var result = new ReminderOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Reminders:Rules:0", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Reminders:Rules:1", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("listed twice", result.FailureMessage, StringComparison.Ordinal);
    }

    private ReminderDecision Decide(Appointment appointment, ReminderRule rule, DateTimeOffset? lastInteraction, bool following = true) =>
        Decider.Decide(new ReminderFacts(appointment, rule, rule.DueAt(appointment.Start), following, lastInteraction), _clock.GetUtcNow());
}
