using System.Text;
using ChatAssistant.Features.Officers;
using ChatAssistant.Storage;

namespace ChatAssistant.Host.OfficerConsole;

/// <summary>
/// <c>create-admin &lt;username&gt;</c>: creates a console admin, or makes the existing officer with that username
/// an enabled admin with a new password (a locked-out admin's way back in). The password is read from standard input, never from
/// the command line, where it would stay in the shell's history and the process list.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await output.WriteLineAsync($"Usage: {Name} <username>   (the password is read from standard input)");
            return 2;
        }
        var username = OfficerUsernames.Normalize(args[1]);
        string password;
        try
        {
            password = ReadPassword(input, output);
        }
        catch (InvalidOperationException error)
        {
            await output.WriteLineAsync(error.Message);
            return 1;
        }

        try
        {
            await using var app = ChatAssistantHost.Build(args[2..]);
            return await ApplyAsync(app.Services, username, password, output);
        }
        catch (Exception error) when (error is InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            await output.WriteLineAsync(error.Message);
            return 1;
        }
    }

    private static async Task<int> ApplyAsync(IServiceProvider services, string username, string password, TextWriter output)
    {
        services.GetRequiredService<Migrator>().Migrate();
        var credentials = services.GetRequiredService<OfficerCredentials>();
        var passwords = services.GetRequiredService<OfficerPasswords>();
        var writer = services.GetRequiredService<SqliteWriter>();
        if (credentials.FindByUsername(username) is { } existing)
        {
            if (passwords.Problem(password, username) is { } problem)
            {
                throw new InvalidOperationException(problem);
            }
            var officer = services.GetRequiredService<OfficerStore>().Find(existing)!;
            var hash = OfficerPasswords.Hash(password);
            await writer.WriteAsync((c, t) =>
            {
                OfficerCredentials.SetPassword(c, t, existing, username: null, hash, mustChange: false);
                OfficerStore.Enable(c, t, existing);
                // The command is the way back in for a locked-out admin: whoever it names is an admin afterwards.
                OfficerStore.Update(c, t, existing, officer.Name, OfficerRole.Admin, []);
                services.GetRequiredService<AuditLog>().Write(c, t, null, AuditLog.SystemActor, "officer.recover-admin", null,
                    existing.ToString(System.Globalization.CultureInfo.InvariantCulture), "create-admin command");
            });
            await output.WriteLineAsync($"Set a new password for '{username}' (officer {existing}), unlocked, enabled and made an admin.");
            return 0;
        }
        var id = await FirstAdmin.CreateAsync(
            services.GetRequiredService<OfficerStore>(), passwords, services.GetRequiredService<AuditLog>(), writer,
            username, password, mustChange: false);
        await output.WriteLineAsync($"Created the admin '{username}' (officer {id}). Sign in at /console/sign-in.");
        return 0;
    }

    /// <summary>Twice and unechoed at a terminal; one line when piped (<c>echo "$PASSWORD" | ... create-admin admin</c>).</summary>
    private static string ReadPassword(TextReader input, TextWriter output)
    {
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            var first = ReadHidden(output, "Password: ");
            var second = ReadHidden(output, "Repeat it: ");
            return first == second ? first : throw new InvalidOperationException("The two passwords differ.");
        }
        return input.ReadLine()?.TrimEnd('\r') ?? "";
    }

    private static string ReadHidden(TextWriter output, string prompt)
    {
        output.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        output.WriteLine();
        return typed.ToString();
    }
}
