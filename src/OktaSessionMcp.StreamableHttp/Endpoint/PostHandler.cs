using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>POST: one JSON-RPC message in; 202, or an SSE stream ending in the response, out.</summary>
internal sealed class PostHandler(SessionFactory factory, SessionStore store, IOptions<McpHttpOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var message = await PostRequestReader.ReadAsync(context, options.Value.MaxRequestBodyBytes);
        if (message is null)
        {
            return;
        }

        var requestId = message is JsonRpcRequest request ? request.Id : default;
        var version = ProtocolVersionHeader.Read(context.Request);
        var error = ProtocolVersionHeader.Check(version) ?? PerRequestMetadataRules.Check(context.Request.Headers, message);
        if (error is not null)
        {
            await error.WriteAsync(context, requestId);
            return;
        }

        // Tools see who called them and which revision the call speaks.
        message.Context ??= new JsonRpcMessageContext();
        message.Context.User = context.User.Identity?.IsAuthenticated == true ? context.User : null;
        message.Context.ProtocolVersion = version.Length > 0 ? version : null;

        if (ProtocolVersions.UsesPerRequestMetadata(version))
        {
            // 2026-07-28 has no sessions, so it is served statelessly whatever the mode.
            await ServeStatelessAsync(context, message, mapErrorStatus: true);
        }
        else if (JsonRpcParser.CheckInitializeParams(message) is { } initializeError)
        {
            await initializeError.WriteAsync(context, requestId);
        }
        else if (options.Value.Stateful)
        {
            await ServeStatefulAsync(context, message, requestId);
        }
        else
        {
            await ServeStatelessAsync(context, message, mapErrorStatus: false);
        }
    }

    private async Task ServeStatelessAsync(HttpContext context, JsonRpcMessage message, bool mapErrorStatus)
    {
        await using var session = factory.CreateStateless(context);
        await McpResponseStream.WriteAsync(context, session, message, mapErrorStatus);
        if (!context.RequestAborted.IsCancellationRequested)
        {
            // The answer is whole: the client gets its end now, not after the one-request server is torn down
            // (that teardown was on every stateless call's latency; see docs/benchmarks.md).
            await context.Response.CompleteAsync();
        }
    }

    private async Task ServeStatefulAsync(HttpContext context, JsonRpcMessage message, RequestId requestId)
    {
        var (session, lease) = context.Request.Headers.ContainsKey(McpHeaders.SessionId)
            ? await JoinSessionAsync(context, requestId)
            : await OpenSessionAsync(context, message, requestId);
        if (session is null || lease is null)
        {
            return;
        }

        using (lease)
        {
            await McpResponseStream.WriteAsync(context, session, message, mapErrorStatus: false, lease);
        }
    }

    private async Task<(ServerSession?, IDisposable?)> JoinSessionAsync(HttpContext context, RequestId requestId)
    {
        var session = await SessionLookup.FindAsync(context, store, requestId);
        var lease = session?.TryAcquire();
        if (session is not null && lease is null)
        {
            // Closed between lookup and use: to the client it is already gone.
            await HttpRpcError.SessionNotFound().WriteAsync(context, requestId);
        }

        return (session, lease);
    }

    private async Task<(ServerSession?, IDisposable?)> OpenSessionAsync(HttpContext context, JsonRpcMessage message, RequestId requestId)
    {
        if (message is not JsonRpcRequest { Method: RequestMethods.Initialize })
        {
            await HttpRpcError.SessionRequired().WriteAsync(context, requestId);
            return (null, null);
        }

        var session = factory.CreateStateful(context);
        var lease = session.TryAcquire(); // taken before the session is shared, so the reaper never sees it idle
        if (!store.TryAdd(session))
        {
            await session.DisposeAsync();
            await HttpRpcError.TooManySessions().WriteAsync(context, requestId);
            return (null, null);
        }

        context.Response.Headers[McpHeaders.SessionId] = session.Id;
        return (session, lease);
    }
}
