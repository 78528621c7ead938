namespace OktaSessionMcp.Audit;

/// <summary>--log-format: "simple" (the default, for people) or "json" (one JSON object per line, for log pipelines).</summary>
public static class LogFormat
{
    public const string Key = "Server:LogFormat";

    /// <remarks>
    /// Any other value never gets here from the command line or the environment: SettingTypes refuses it, with every
    /// other wrong value, before a host is built. A host built directly (tests) gets the default.
    /// </remarks>
    public static ILoggingBuilder AddLogFormat(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Equals(configuration[Key]?.Trim(), "json", StringComparison.OrdinalIgnoreCase)
            ? logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            })
            : logging;
    }
}
