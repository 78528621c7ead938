using Microsoft.AspNetCore.Http;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>The HTTP checks on a POST, in the order a client can fix them: 406, 415, 413, then 400.</summary>
internal static class PostRequestReader
{
    /// <returns>The message, or <see langword="null"/> once the rejection has been written.</returns>
    public static async Task<JsonRpcMessage?> ReadAsync(HttpContext context, long maxBytes)
    {
        var request = context.Request;
        var error = !MediaTypes.AcceptsJsonAndEventStream(request)
            ? HttpRpcError.NotAcceptable($"{MediaTypes.Json} and {MediaTypes.EventStream}")
            : !MediaTypes.IsJsonContent(request) ? HttpRpcError.UnsupportedMediaType() : null;
        JsonRpcMessage? message = null;
        var requestId = default(RequestId);

        if (error is null)
        {
            var body = await RequestBody.ReadAsync(request, maxBytes, context.RequestAborted);
            error = body is null ? HttpRpcError.PayloadTooLarge(maxBytes) : JsonRpcParser.TryParse(body.Value, out message, out requestId);
        }

        if (error is not null)
        {
            await error.WriteAsync(context, requestId);
        }

        return message;
    }
}
