namespace OktaSessionMcp.Hosting;

/// <summary>
/// The one place a failed start-up becomes what a person reads: a short message on stderr per problem, naming the
/// setting (flag and environment variable) and the fix, then exit code 2. No stack trace unless the log level is
/// Debug or lower, where the whole exception follows so that a bug can still be diagnosed. stdout stays untouched:
/// over stdio it belongs to MCP.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 2;

    public static async Task<int> ReportAsync(Exception exception, IConfiguration configuration, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var problems = Problems(exception).Select(SettingNames.Annotate).Distinct(StringComparer.Ordinal).ToList();
        if (problems.Count == 1)
        {
            await error.WriteLineAsync($"okta-session-mcp cannot start: {problems[0]}");
        }
        else
        {
            await error.WriteLineAsync($"okta-session-mcp cannot start ({problems.Count} problems):");
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"  - {problem}");
            }
        }

        if (LogLevels.IsDebug(configuration))
        {
            await error.WriteLineAsync(exception.ToString());
        }

        await error.FlushAsync();
        return ExitCode;
    }

    /// <summary>One line per problem; the options validators report all theirs at once, so each is a line.</summary>
    internal static IEnumerable<string> Problems(Exception exception) => exception switch
    {
        StartupException startup => startup.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        OptionsValidationException invalid => invalid.Failures,
        // Host start-up validates each options type on its own and throws them together when several fail.
        AggregateException { InnerExceptions.Count: > 0 } several => several.InnerExceptions.SelectMany(Problems),
        _ => [$"{exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")} Run with --log-level Debug for the details."],
    };
}
