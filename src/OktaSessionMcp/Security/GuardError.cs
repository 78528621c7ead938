using System.Text.Json.Serialization;

namespace OktaSessionMcp.Security;

/// <summary>The body of a refused request: a JSON-RPC error with a null id, readable by MCP and REST clients alike.</summary>
internal sealed record GuardError(
    [property: JsonPropertyName("jsonrpc")] string JsonRpc,
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("error")] GuardErrorDetail Error)
{
    public static GuardError Of(string message) => new("2.0", null, new GuardErrorDetail(-32000, message));
}

internal sealed record GuardErrorDetail(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string Message);

[JsonSerializable(typeof(GuardError))]
internal sealed partial class SecurityJsonContext : JsonSerializerContext;
