using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.StreamableHttp.Protocol;

/// <summary>
/// An HTTP status paired with the JSON-RPC error sent as its body. Every rejection the endpoint makes
/// is built here, so the status and code for each case can be read in one place.
/// </summary>
internal sealed record HttpRpcError(int StatusCode, int Code, string Message)
{
    // JSON-RPC reserves -32000..-32099 for implementation errors; -32001 for an unknown session
    // matches what the TypeScript and C# SDKs send, so clients that key on it keep working.
    private const int ServerError = -32000;
    private const int SessionNotFoundCode = -32001;

    private static readonly JsonTypeInfo<JsonRpcError> ErrorTypeInfo =
        (JsonTypeInfo<JsonRpcError>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcError));

    public object? Data { get; init; }

    /// <summary>Set on 405 so the client learns which method it may use.</summary>
    public string? Allow { get; init; }

    public static HttpRpcError NotAcceptable(string mediaTypes) =>
        new(StatusCodes.Status406NotAcceptable, ServerError, $"Not Acceptable: the Accept header must include {mediaTypes}.");

    public static HttpRpcError UnsupportedMediaType() =>
        new(StatusCodes.Status415UnsupportedMediaType, ServerError, "Unsupported Media Type: the body must be application/json (UTF-8).");

    public static HttpRpcError PayloadTooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ServerError, $"Payload Too Large: the body may not exceed {maxBytes} bytes.");

    public static HttpRpcError ParseError() =>
        new(StatusCodes.Status400BadRequest, (int)McpErrorCode.ParseError, "Parse error: the body is not valid JSON.");

    public static HttpRpcError InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, (int)McpErrorCode.InvalidRequest, $"Invalid Request: {message}");

    public static HttpRpcError InvalidParams(string message) =>
        new(StatusCodes.Status400BadRequest, (int)McpErrorCode.InvalidParams, message);

    public static HttpRpcError HeaderMismatch(string message) =>
        new(StatusCodes.Status400BadRequest, (int)McpErrorCode.HeaderMismatch, $"Header mismatch: {message}");

    public static HttpRpcError MethodNotFound(string method, string version) =>
        new(StatusCodes.Status404NotFound, (int)McpErrorCode.MethodNotFound, $"Method '{method}' is not available on protocol version '{version}'.");

    public static HttpRpcError UnsupportedProtocolVersion(string requested) =>
        new(StatusCodes.Status400BadRequest, (int)McpErrorCode.UnsupportedProtocolVersion, $"The MCP-Protocol-Version '{requested}' is not supported.")
        {
            Data = JsonSerializer.SerializeToNode(
                new UnsupportedProtocolVersionErrorData { Supported = [.. ProtocolVersions.Supported], Requested = requested },
                McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(UnsupportedProtocolVersionErrorData))),
        };

    public static HttpRpcError MethodNotAllowed(string reason) =>
        new(StatusCodes.Status405MethodNotAllowed, ServerError, $"Method Not Allowed: {reason}") { Allow = HttpMethods.Post };

    public static HttpRpcError SessionRequired() =>
        new(StatusCodes.Status400BadRequest, ServerError, "Bad Request: send the Mcp-Session-Id header returned by initialize; only initialize may start a session.");

    public static HttpRpcError SessionNotFound() =>
        new(StatusCodes.Status404NotFound, SessionNotFoundCode, "Session not found: it ended or never existed; send initialize to start a new one.");

    public static HttpRpcError SessionOfAnotherUser() =>
        new(StatusCodes.Status403Forbidden, ServerError, "Forbidden: the session belongs to another user.");

    public static HttpRpcError StreamAlreadyOpen() =>
        new(StatusCodes.Status409Conflict, ServerError, "Conflict: this session already has its GET stream; only one is allowed per session.");

    public static HttpRpcError TooManySessions() =>
        new(StatusCodes.Status503ServiceUnavailable, ServerError, "Service Unavailable: the server has reached its session limit; try again later.");

    public Task WriteAsync(HttpContext context, RequestId id = default)
    {
        if (Allow is not null)
        {
            context.Response.Headers.Allow = Allow;
        }

        var body = new JsonRpcError { Id = id, Error = new JsonRpcErrorDetail { Code = Code, Message = Message, Data = Data } };
        return Results.Json(body, ErrorTypeInfo, statusCode: StatusCode).ExecuteAsync(context);
    }
}
