using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OktaSessionMcp.StreamableHttp.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>GET: the session's stream for messages the server starts (requests, notifications).</summary>
internal sealed class GetHandler(SessionStore store, IOptions<McpHttpOptions> options, IHostApplicationLifetime lifetime)
{
    public async Task HandleAsync(HttpContext context)
    {
        var version = ProtocolVersionHeader.Read(context.Request);
        var error = !options.Value.Stateful ? HttpRpcError.MethodNotAllowed("a stateless server has no stream to open; POST each message.")
            : ProtocolVersions.UsesPerRequestMetadata(version) ? HttpRpcError.MethodNotAllowed($"protocol version '{version}' has no GET stream.")
            : ProtocolVersionHeader.Check(version)
            ?? (MediaTypes.AcceptsEventStream(context.Request) ? null : HttpRpcError.NotAcceptable(MediaTypes.EventStream));
        if (error is not null)
        {
            await error.WriteAsync(context);
            return;
        }

        var session = await SessionLookup.FindAsync(context, store);
        if (session is null)
        {
            return;
        }

        // The lease keeps a session with an open stream from being reaped as idle.
        using var lease = session.TryAcquire();
        error = lease is null ? HttpRpcError.SessionNotFound()
            : !session.TryStartGetStream() ? HttpRpcError.StreamAlreadyOpen()
            : null;
        if (error is not null)
        {
            await error.WriteAsync(context);
            return;
        }

        // Streams would otherwise hold a graceful shutdown open until the clients hang up.
        using var streamEnd = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        SseResponse.Start(context);
        try
        {
            await session.Transport.HandleGetRequestAsync(context.Response.Body, streamEnd.Token);
        }
        catch (OperationCanceledException) when (streamEnd.IsCancellationRequested)
        {
            // Client hung up or host stopping: the usual ways an SSE stream ends.
        }
        catch (ObjectDisposedException) when (session.Closed.IsCancellationRequested)
        {
            // The session was deleted between our lease and the transport taking the stream.
        }
    }
}
