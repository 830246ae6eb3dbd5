namespace ChatAssistant.Host.OfficerConsole.Display;

/// <summary>What the office TV may show: ticket numbers and counter names, nothing that names a person.</summary>
public sealed record DisplayBoard(IReadOnlyList<DisplayBoard.Called> Serving, IReadOnlyList<string> Next)
{
    public sealed record Called(string Ticket, string Counter);
}
