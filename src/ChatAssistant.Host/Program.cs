using ChatAssistant.Host;
using ChatAssistant.Host.OfficerConsole;

if (args is [AdminCommand.Name, ..])
{
    return await AdminCommand.RunAsync(args, Console.In, Console.Out);
}

var app = ChatAssistantHost.Build(args);
await app.RunAsync();
return 0;
