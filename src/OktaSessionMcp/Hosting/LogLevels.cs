namespace OktaSessionMcp.Hosting;

/// <summary>The server's log level: <c>--log-level</c>, or <c>Logging__LogLevel__Default</c> as in any .NET host.</summary>
public static class LogLevels
{
    public const string Key = "Logging:LogLevel:Default";

    /// <summary>Whether the level is Debug or lower, where a failed start-up prints its whole exception.</summary>
    public static bool IsDebug(IConfiguration configuration) =>
        Enum.TryParse<LogLevel>(configuration?[Key]?.Trim(), ignoreCase: true, out var level)
        && Enum.IsDefined(level) && level <= LogLevel.Debug;

    /// <summary>The level that applies to a category no rule names: the configured default, else the minimum level.</summary>
    public static LogLevel Default(LoggerFilterOptions options) =>
        options?.Rules.LastOrDefault(rule => rule.ProviderName is null && rule.CategoryName is null && rule.LogLevel is not null)?.LogLevel
        ?? options?.MinLevel ?? LogLevel.Information;
}
