using System.Text.Json.Serialization;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Security;

/// <summary>The body of a request refused on the MCP port: a JSON-RPC error with a null id.</summary>
internal sealed record GuardError(
    [property: JsonPropertyName("jsonrpc")] string JsonRpc,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("error")] GuardErrorDetail Error)
{
    public static GuardError Of(string message, int code = -32000) => new("2.0", null, new GuardErrorDetail(code, message));

    /// <summary>
    /// Answers the request with <paramref name="status"/> and this body, or on the REST port with Okta's Error object (as
    /// the adapter's OpenAPI document promises); the text must hold nothing the caller sent.
    /// </summary>
    public static Task WriteAsync(HttpContext context, int status, string message, int code = -32000, CancellationToken cancellationToken = default)
    {
        if (context.RequestServices.GetService<RestListener>()?.Accepted(context) == true)
        {
            return RestErrors.Guard(status, message).ExecuteAsync(context);
        }

        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            Of(message, code),
            SecurityJsonContext.Default.GuardError,
            contentType: "application/json",
            cancellationToken.CanBeCanceled ? cancellationToken : context.RequestAborted);
    }
}

internal sealed record GuardErrorDetail(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message);

[JsonSerializable(typeof(GuardError))]
internal sealed partial class SecurityJsonContext : JsonSerializerContext;
