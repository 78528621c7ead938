using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>Hands a POSTed message to the session's transport, which streams the answer as SSE.</summary>
internal static class McpResponseStream
{
    /// <param name="mapErrorStatus">
    /// 2026-07-28 gives some JSON-RPC errors an HTTP status of their own (404 for an unknown method);
    /// the transport reports its first message before writing so the status can still be set.
    /// </param>
    public static async Task WriteAsync(HttpContext context, ServerSession session, JsonRpcMessage message, bool mapErrorStatus, IDisposable? lease = null)
    {
        var requestId = message is JsonRpcRequest request ? request.Id : default;

        // The transport writes through this stream, which keeps a quick answer to one socket write (see AnswerStream).
        await using var answerStream = new AnswerStream(
            context.Response.Body, context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System);
        Func<JsonRpcMessage?, ValueTask> onResponseStarting = first =>
        {
            if (mapErrorStatus)
            {
                SetStatusForError(context, first);
            }

            return default;
        };

        SseResponse.Start(context);
        bool wroteResponse;
        try
        {
            wroteResponse = await session.Transport.HandlePostRequestAsync(message, answerStream, onResponseStarting, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            await ClientDisconnect.CancelRequestAsync(session, message);
            return;
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException && session.Closed.IsCancellationRequested)
        {
            // Deleted or reaped while this request was being served.
            if (!context.Response.HasStarted)
            {
                await HttpRpcError.SessionNotFound().WriteAsync(context, requestId);
            }

            return;
        }
        catch (JsonException) when (!context.Response.HasStarted)
        {
            // The transport parses some params eagerly; a malformed one is the client's fault, not ours.
            await HttpRpcError.InvalidParams("the request params are malformed.").WriteAsync(context, requestId);
            return;
        }

        // Answered: the session is no longer busy with this request. Released before a held answer goes out, so a client
        // that has its answer never finds the session still in use (the idle sweep, a DELETE right after).
        lease?.Dispose();
        if (wroteResponse)
        {
            // No token: Kestrel drops writes to a connection that is gone, and a cancelled write would only throw.
            await answerStream.SendHeldAnswerAsync(context.Response, CancellationToken.None);
        }
        else
        {
            SseResponse.Cancel(context);
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        }
    }

    private static void SetStatusForError(HttpContext context, JsonRpcMessage? first)
    {
        if (first is not JsonRpcError { Error: { } error } || context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = (McpErrorCode)error.Code switch
        {
            McpErrorCode.MethodNotFound => StatusCodes.Status404NotFound,
            McpErrorCode.MissingRequiredClientCapability or McpErrorCode.UnsupportedProtocolVersion or McpErrorCode.HeaderMismatch
                => StatusCodes.Status400BadRequest,
            _ => context.Response.StatusCode,
        };
    }
}
