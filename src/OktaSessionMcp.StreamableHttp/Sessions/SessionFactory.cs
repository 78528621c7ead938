using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace OktaSessionMcp.StreamableHttp.Sessions;

/// <summary>
/// Builds the SDK server for a session from the <see cref="McpServerOptions"/> the host configured
/// with <c>AddMcpServer()</c>.
/// </summary>
internal sealed class SessionFactory(
    IOptions<McpServerOptions> serverOptions,
    IOptionsFactory<McpServerOptions> serverOptionsFactory,
    IServiceProvider applicationServices,
    ILoggerFactory loggerFactory,
    TimeProvider clock)
{
    /// <summary>A server that lives for one request and uses that request's services.</summary>
    public ServerSession CreateStateless(HttpContext context)
    {
        var transport = new StreamableHttpServerTransport(loggerFactory) { Stateless = true };

        // A fresh options object because we change it; the request's scope already serves this one request.
        var options = serverOptionsFactory.Create(Options.DefaultName);
        options.ScopeRequests = false;

        var session = new ServerSession(string.Empty, transport, McpServer.Create(transport, options, loggerFactory, context.RequestServices), user: null, clock);
        session.Start();
        return session;
    }

    /// <summary>A server that outlives the request; each of its requests gets its own DI scope.</summary>
    public ServerSession CreateStateful(HttpContext context)
    {
        var id = NewSessionId();

        // Each POST's execution context (HttpContext, activity) flows to the handler it triggers.
        var transport = new StreamableHttpServerTransport(loggerFactory) { SessionId = id, FlowExecutionContextFromRequests = true };
        var server = McpServer.Create(transport, serverOptions.Value, loggerFactory, applicationServices);
        var session = new ServerSession(id, transport, server, SessionUser.From(context.User), clock);
        session.Start();
        return session;
    }

    private static string NewSessionId()
    {
        // 128 random bits, URL-safe so the id is visible ASCII as the spec requires.
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return WebEncoders.Base64UrlEncode(bytes);
    }
}
