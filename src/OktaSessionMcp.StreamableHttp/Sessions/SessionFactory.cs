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
    /// <summary>
    /// The options of every stateless server, built once. Building them runs every <c>AddMcpServer()</c> configuration,
    /// the tool collection included, which was a measurable share of each stateless call (docs/benchmarks.md). The
    /// server only reads its options; the stateful sessions already share <c>IOptions&lt;McpServerOptions&gt;.Value</c>.
    /// </summary>
    private readonly Lazy<McpServerOptions> _statelessOptions = new(() =>
    {
        // Its own object because we change it: the request's scope already serves this one request.
        var options = serverOptionsFactory.Create(Options.DefaultName);
        options.ScopeRequests = false;
        return options;
    });

    /// <summary>A server that lives for one request and uses that request's services.</summary>
    public ServerSession CreateStateless(HttpContext context)
    {
        var transport = new StreamableHttpServerTransport(loggerFactory) { Stateless = true };
        var server = McpServer.Create(transport, _statelessOptions.Value, loggerFactory, context.RequestServices);
        var session = new ServerSession(string.Empty, transport, server, user: null, clock);
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
