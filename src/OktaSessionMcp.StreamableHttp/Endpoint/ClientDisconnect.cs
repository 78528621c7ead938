using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>
/// A client that hangs up on a POST has cancelled that request: no event store is configured, so its
/// answer could never be delivered. A stateless server dies with the request and takes the handler
/// with it; a session's server outlives the request, so it is told with notifications/cancelled, as
/// if the client had sent one (the SDK client hangs up instead of sending it).
/// </summary>
internal static class ClientDisconnect
{
    private static readonly JsonTypeInfo<CancelledNotificationParams> ParamsTypeInfo =
        (JsonTypeInfo<CancelledNotificationParams>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(CancelledNotificationParams));

    public static async Task CancelRequestAsync(ServerSession session, JsonRpcMessage message)
    {
        if (message is not JsonRpcRequest request || session.Transport.Stateless || session.Closed.IsCancellationRequested)
        {
            return;
        }

        var cancelled = new JsonRpcNotification
        {
            Method = NotificationMethods.CancelledNotification,
            Params = JsonSerializer.SerializeToNode(new CancelledNotificationParams { RequestId = request.Id, Reason = "The client disconnected." }, ParamsTypeInfo),
            Context = new JsonRpcMessageContext { User = request.Context?.User },
        };
        try
        {
            // A notification is only queued for the server; nothing is written to the stream.
            await session.Transport.HandlePostRequestAsync(cancelled, Stream.Null, session.Closed);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
            // The session closed meanwhile, which cancels the handler anyway.
        }
    }
}
