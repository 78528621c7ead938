using Microsoft.Extensions.Options;
using OktaSessionMcp.Hosting;

var parsed = CommandLine.Parse(args);
if (parsed.Error is not null)
{
    await Console.Error.WriteLineAsync(parsed.Error);
    return 2;
}

if (parsed.Help)
{
    HelpText.Write(Console.Out);
    return 0;
}

if (parsed.Version)
{
    Console.WriteLine($"{McpServerSetup.ServerName} {typeof(McpServerSetup).Assembly.GetName().Version?.ToString(3)}");
    return 0;
}

try
{
    return await ServerRunner.RunAsync(parsed.Values, CancellationToken.None);
}
catch (Exception ex) when (ex is StartupException or OptionsValidationException)
{
    await Console.Error.WriteLineAsync($"okta-session-mcp cannot start: {ex.Message}");
    return 2;
}
