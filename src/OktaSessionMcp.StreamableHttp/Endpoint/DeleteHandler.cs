using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OktaSessionMcp.StreamableHttp.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>DELETE: the client ends its session; later requests naming it get 404.</summary>
internal sealed class DeleteHandler(SessionStore store, IOptions<McpHttpOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        var version = ProtocolVersionHeader.Read(context.Request);
        var error = !options.Value.Stateful ? HttpRpcError.MethodNotAllowed("a stateless server has no session to end.")
            : ProtocolVersions.UsesPerRequestMetadata(version) ? HttpRpcError.MethodNotAllowed($"protocol version '{version}' has no sessions.")
            : ProtocolVersionHeader.Check(version);
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

        await store.CloseAsync(session, "deleted by the client");
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
