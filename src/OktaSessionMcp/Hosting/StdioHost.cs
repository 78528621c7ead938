using OktaSessionMcp.Audit;
using OktaSessionMcp.Security;

namespace OktaSessionMcp.Hosting;

/// <summary>The stdio host for Claude Desktop and other clients that launch the server: MCP on stdin/stdout, logs on stderr.</summary>
public static class StdioHost
{
    public static IHost Build(IConfiguration configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        // The empty builder reads no "Logging" section; the HTTP host's slim builder does. --log-level works on both.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSafeLogging().AddLogFormat(builder.Configuration);
        builder.Services.AddOktaSessionMcp(builder.Configuration)
            .WithStdioServerTransport()
            // HTTP's guards run on the body before the SDK (HttpHost); stdio needs one of them, on the parsed message.
            .WithMessageFilters(filters => filters.AddIncomingFilter(StdioArgumentGuard.Filter));
        return builder.Build();
    }
}
