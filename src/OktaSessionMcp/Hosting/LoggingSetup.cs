using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OktaSessionMcp.Hosting;

/// <summary>Logging that is safe at every level: nothing goes to stdout, and no framework logs a secret.</summary>
public static class LoggingSetup
{
    public static ILoggingBuilder AddSafeLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        // stdout belongs to the stdio transport; every log line goes to stderr.
        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging.AddSafeFilters();
    }

    /// <summary>
    /// The MCP SDK logs whole JSON-RPC messages at Trace (tool arguments hold session tokens, results hold session
    /// ids), and ASP.NET Core logs request paths at Information and Debug (REST paths hold session ids). Those
    /// categories are capped so that no log level, however low it is set, lets them through (the SDK's in
    /// <see cref="McpSdkLogLevel"/>).
    /// </summary>
    public static ILoggingBuilder AddSafeFilters(this ILoggingBuilder logging)
    {
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<LoggerFilterOptions>, McpSdkLogLevel>());
        logging.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<LoggerFilterOptions>, HostFailureLogLevel>());
        return logging
            // Hosting opens a logging scope holding the request path for every request whose category allows any
            // level, and REST paths hold session ids: a provider that writes scopes would print them. Off entirely;
            // its only lines are "request starting/finished", which the Warning cap below drops anyway.
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore", level => level >= LogLevel.Warning)
            .AddFilter("System.Net.Http", level => level >= LogLevel.Warning);
    }
}
