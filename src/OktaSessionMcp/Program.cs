using OktaSessionMcp.Hosting;

var parsed = CommandLine.Parse(args);
if (parsed.Error is not null)
{
    await Console.Error.WriteLineAsync(parsed.Error);
    return StartupFailure.ExitCode;
}

if (parsed.Parsed.Action is not null)
{
    // --help or --version: System.CommandLine runs it and we stop there.
    return await parsed.Parsed.InvokeAsync();
}

try
{
    return await ServerRunner.RunAsync(parsed.Values, CancellationToken.None);
}
#pragma warning disable CA1031 // Every failure ends here, whatever its type: one message on stderr and exit code 2, not a stack trace.
catch (Exception ex)
#pragma warning restore CA1031
{
    return await StartupFailure.ReportAsync(ex, ServerConfiguration.Build(parsed.Values), Console.Error);
}
