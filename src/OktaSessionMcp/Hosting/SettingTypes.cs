using System.Globalization;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Checks the type of every setting that is not text before anything binds it: the configuration binder's own
/// failure ("Failed to convert configuration value 'abc' at 'Server:McpPort' to type 'System.Int32'") names neither
/// the flag nor the fix, and comes with a stack trace. Every wrong value is reported at once, one line each.
/// </summary>
/// <remarks>Ranges are checked here only where the check that would otherwise catch them cannot name the flag.</remarks>
public static class SettingTypes
{
    private sealed record Setting(string Key, string What, string Fix, Func<string, bool> IsValid);

    private static readonly Setting[] Settings =
    [
        Whole("Server:McpPort", 0, 65535, "a port", "use 1 to 65535"),
        Whole("Server:RestPort", 0, 65535, "a port", "use 1 to 65535, or --rest-port 0 to turn the REST adapter off"),
        Flag("Server:Stdio"), Flag("Server:OktaSimulator"), Flag("Server:RestEnabled"), Flag("Server:Stateful"),
        Flag("Server:ReadOnly"),
        Whole("Server:SessionIdleMinutes", 1, int.MaxValue, "a number of minutes", "use 1 or more"),
        Whole("Server:MaxSessions", 1, int.MaxValue, "a number of sessions", "use 1 or more"),
        Whole("Server:ShutdownSeconds", 0, int.MaxValue, "a number of seconds", "use 0 or more"),
        Whole("Server:DrainSeconds", 0, 3600, "a number of seconds", "use 0 to 3600, less than Server__ShutdownSeconds"),
        Whole("Server:ConfirmationMinutes", int.MinValue, int.MaxValue, "a whole number", "use 1 to 60"),
        Whole("Auth:RateLimit", int.MinValue, int.MaxValue, "a whole number", "use 0 (off) or more"),
        Whole("Auth:RateLimitWindowSeconds", int.MinValue, int.MaxValue, "a whole number", "use 1 or more"),
        Seconds(OktaSettings.AttemptTimeoutSeconds), Seconds(OktaSettings.TotalTimeoutSeconds),
        Seconds(OktaSettings.MaxRateLimitWaitSeconds), Seconds(OktaSettings.TransientRetryDelaySeconds),
        Whole(OktaSettings.MaxConcurrentRequests, int.MinValue, int.MaxValue, "a whole number", "use 1 to 1000"),
        OneOf("Server:ConfirmDestructive", "a confirmation mode", "always", "never", "auto"),
        OneOf(LogFormat.Key, "a log format", "simple", "json"),
        OneOf(LogLevels.Key, "a log level", Enum.GetNames<LogLevel>()),
    ];

    /// <summary>The configuration keys checked, for the test that keeps this table complete.</summary>
    internal static IEnumerable<string> Keys => Settings.Select(setting => setting.Key);

    /// <exception cref="StartupException">One line for each setting whose value has the wrong type.</exception>
    public static void Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = Settings
            .Where(setting => configuration[setting.Key] is { } value && !setting.IsValid(value))
            .Select(setting => Describe(setting, configuration[setting.Key]!))
            .ToList();
        if (problems.Count > 0)
        {
            throw new StartupException(problems);
        }
    }

    private static string Describe(Setting setting, string value)
    {
        var shown = value.Length > 40 ? $"{value[..40]}…" : value;
        return SettingNames.FlagOf(setting.Key) is { } flag
            ? $"{flag} '{shown}' is not {setting.What} ({SettingNames.EnvironmentOf(setting.Key)}): {setting.Fix}."
            : $"{SettingNames.EnvironmentOf(setting.Key)} '{shown}' is not {setting.What}: {setting.Fix}.";
    }

    private static Setting Flag(string key) =>
        new(key, "true or false", "use true or false, or leave it out", value => bool.TryParse(value, out _));

    private static Setting Whole(string key, int min, int max, string what, string fix) =>
        new(key, what, fix, value =>
            int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max);

    private static Setting Seconds(string key) =>
        new(key, "a number of seconds", "use a number such as 10 or 0.5", value =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds));

    private static Setting OneOf(string key, string what, params string[] words) =>
        new(key, what, $"use {string.Join(", ", words[..^1])} or {words[^1]}", value =>
            words.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase));
}
