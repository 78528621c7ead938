using System.Text.RegularExpressions;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// The names a person types for a setting: its command-line flag and its environment variable. Configuration keys
/// (<c>Server:McpPort</c>) are what the code reads but nobody types, so start-up messages use these instead.
/// </summary>
public static partial class SettingNames
{
    /// <summary>The flag of a configuration key, e.g. <c>--mcp-port</c> for <c>Server:McpPort</c>; null when it has none.</summary>
    public static string? FlagOf(string key) =>
        CommandLine.Options.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase))?.Name;

    /// <summary>The environment variable of a configuration key, e.g. <c>Server__McpPort</c>.</summary>
    public static string EnvironmentOf(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary><c>--mcp-port (Server__McpPort)</c>, or just the variable when the setting has no flag.</summary>
    public static string Describe(string key) => FlagOf(key) is { } flag ? $"{flag} ({EnvironmentOf(key)})" : EnvironmentOf(key);

    /// <summary>
    /// Rewrites a message from a validator that knows only configuration keys, or only one of the two names, so that it
    /// names both: <c>Okta:AttemptTimeoutSeconds</c> becomes <c>--okta-attempt-timeout (Okta__AttemptTimeoutSeconds)</c>,
    /// and a message that starts with a flag (or with OKTA_ORG_URL) gets the other name after it.
    /// </summary>
    public static string Annotate(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message = ConfigurationKey().Replace(message, match => Describe(match.Value));
        if (message.StartsWith("OKTA_ORG_URL ", StringComparison.Ordinal) && !message.Contains("--okta-org-url", StringComparison.Ordinal))
        {
            return "OKTA_ORG_URL (--okta-org-url)" + message["OKTA_ORG_URL".Length..];
        }

        var first = LeadingFlag().Match(message).Value;
        var leading = CommandLine.Options.FirstOrDefault(o => o.Name == first);
        return leading is null || message.Contains(EnvironmentOf(leading.Key), StringComparison.OrdinalIgnoreCase)
            ? message
            : $"{leading.Name} ({EnvironmentOf(leading.Key)}){message[leading.Name.Length..]}";
    }

    [GeneratedRegex(@"\b(Server|Auth|Okta):[A-Za-z]+\b")]
    private static partial Regex ConfigurationKey();

    [GeneratedRegex(@"^--[a-z-]+")]
    private static partial Regex LeadingFlag();
}
