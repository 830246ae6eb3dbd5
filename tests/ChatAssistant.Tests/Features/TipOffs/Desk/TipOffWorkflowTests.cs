using ChatAssistant.Features.TipOffs;
using ChatAssistant.Features.TipOffs.Desk;

namespace ChatAssistant.Tests.Features.TipOffs.Desk;

public sealed class TipOffWorkflowTests
{
    public static TheoryData<string, string, bool> Transitions()
    {
        var allowed = new HashSet<(string, string)>
        {
            (TipOffStatus.New, TipOffStatus.Verifying), (TipOffStatus.New, TipOffStatus.Transferred), (TipOffStatus.New, TipOffStatus.Rejected),
            (TipOffStatus.Verifying, TipOffStatus.Handled), (TipOffStatus.Verifying, TipOffStatus.Transferred), (TipOffStatus.Verifying, TipOffStatus.Rejected),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var from in TipOffWorkflow.All)
        {
            foreach (var to in TipOffWorkflow.All)
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void OnlyForwardMovesAreAllowedAndClosedIsFinal(string from, string to, bool allowed)
    {
        Assert.Equal(allowed, TipOffWorkflow.Allows(from, to));
        Assert.False(TipOffWorkflow.IsClosed(from) && TipOffWorkflow.Allows(from, to));
    }

    [Theory]
    [InlineData(TipOffStatus.Transferred, true)]
    [InlineData(TipOffStatus.Rejected, true)]
    [InlineData(TipOffStatus.Handled, false)]
    [InlineData(TipOffStatus.Verifying, false)]
    public void TransferAndRejectionMustSayWhereToOrWhy(string to, bool needsNote) => Assert.Equal(needsNote, TipOffWorkflow.NeedsNote(to));
}
