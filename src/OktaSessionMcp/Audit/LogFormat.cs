
namespace OktaSessionMcp.Audit;

/// <summary>--log-format: "simple" (the default, for people) or "json" (one JSON object per line, for log pipelines).</summary>
public static class LogFormat
{
    public const string Key = "Server:LogFormat";

    public static ILoggingBuilder AddLogFormat(this ILoggingBuilder logging, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[Key]?.Trim().ToUpperInvariant() switch
        {
            null or "" or "SIMPLE" => logging,
            "JSON" => logging.AddJsonConsole(options =>
            {
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            }),
            _ => throw new StartupException($"--log-format '{configuration[Key]}' is not a log format: use simple or json."),
        };
    }
}
