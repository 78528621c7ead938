namespace OktaSessionMcp.Hosting;

/// <summary>
/// The MCP SDK's log level. The SDK logs whole JSON-RPC messages at Trace (tool arguments hold session tokens, results
/// hold session ids), so it never logs below Debug, however low the level is set. It also writes three Information
/// lines for every request ("request handler called", "completed", "tool completed"), which the audit trail already
/// covers and which cost more CPU per call than the rest of the MCP layer (see docs/benchmarks.md), so it starts at
/// Warning unless configured: <c>Logging__LogLevel__ModelContextProtocol=Information</c>, or a minimum level below
/// Information for the whole server, brings them back.
/// </summary>
/// <remarks>
/// A post-configure step, because the level must be read after configuration and <c>SetMinimumLevel</c> have had
/// their say; a rule added with <c>AddFilter</c> would override both (a rule without a level even disables the minimum).
/// </remarks>
internal sealed class McpSdkLogLevel : IPostConfigureOptions<LoggerFilterOptions>
{
    public const string Category = "ModelContextProtocol";

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        var configured = options.Rules
            .LastOrDefault(rule => rule.ProviderName is null && rule.CategoryName == Category && rule.LogLevel is not null)?.LogLevel;
        var level = configured ?? (options.MinLevel < LogLevel.Information ? options.MinLevel : LogLevel.Warning);
        options.Rules.Add(new LoggerFilterRule(null, Category, level < LogLevel.Debug ? LogLevel.Debug : level, null));
    }
}
