using ChatAssistant.Host;

var app = ChatAssistantHost.Build(args);
app.Run();
