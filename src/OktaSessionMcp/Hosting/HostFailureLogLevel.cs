namespace OktaSessionMcp.Hosting;

/// <summary>
/// Microsoft.Extensions.Hosting logs a failed start at Error with its whole stack trace ("Hosting failed to start"),
/// before Program.cs can print the one line that says which setting to fix: a newcomer read 12 to 56 lines to find
/// it. Its category is capped at Critical unless the server logs at Debug or lower, where the whole story is wanted.
/// A background service that stops the host still shows: that record is Critical.
/// </summary>
/// <remarks>A post-configure step, like <see cref="McpSdkLogLevel"/>, so that it sees the configured level.</remarks>
internal sealed class HostFailureLogLevel : IPostConfigureOptions<LoggerFilterOptions>
{
    public const string Category = "Microsoft.Extensions.Hosting.Internal.Host";

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        if (LogLevels.Default(options) > LogLevel.Debug)
        {
            options.Rules.Add(new LoggerFilterRule(null, Category, LogLevel.Critical, null));
        }
    }
}
