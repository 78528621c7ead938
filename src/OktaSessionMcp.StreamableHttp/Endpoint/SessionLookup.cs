using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>Finds the stateful session a request names, answering 400, 404 or 403 when it cannot.</summary>
internal static class SessionLookup
{
    public static async Task<ServerSession?> FindAsync(HttpContext context, SessionStore store, RequestId requestId = default)
    {
        var sessionId = context.Request.Headers[McpHeaders.SessionId].ToString();
        ServerSession? session = null;
        var error = sessionId.Length == 0 ? HttpRpcError.SessionRequired()
            : !store.TryGet(sessionId, out session) ? HttpRpcError.SessionNotFound()
            : !session.BelongsTo(SessionUser.From(context.User)) ? HttpRpcError.SessionOfAnotherUser()
            : null;

        if (error is not null)
        {
            await error.WriteAsync(context, requestId);
            return null;
        }

        context.Response.Headers[McpHeaders.SessionId] = session!.Id;
        return session;
    }
}
