using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Protocol;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>Turns a POST body into one JSON-RPC message, or says why it cannot.</summary>
internal static class JsonRpcParser
{
    private static readonly JsonTypeInfo<JsonRpcMessage> MessageTypeInfo =
        (JsonTypeInfo<JsonRpcMessage>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(JsonRpcMessage));

    private static readonly JsonTypeInfo<InitializeRequestParams> InitializeTypeInfo =
        (JsonTypeInfo<InitializeRequestParams>)McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(InitializeRequestParams));

    /// <param name="id">The request id when one could be read, so even a rejection can echo it.</param>
    public static HttpRpcError? TryParse(ReadOnlyMemory<byte> body, out JsonRpcMessage? message, out RequestId id)
    {
        message = null;
        id = default;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return HttpRpcError.ParseError();
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                // Batches were removed in 2025-06-18, so an array is as invalid as a bare number.
                return HttpRpcError.InvalidRequest("the body must be a single JSON-RPC message object; batches are not supported.");
            }

            id = ReadId(root);
            try
            {
                message = root.Deserialize(MessageTypeInfo);
            }
            catch (JsonException)
            {
                message = null;
            }

            return message is null ? HttpRpcError.InvalidRequest("the body is not a JSON-RPC request, notification or response.") : null;
        }
    }

    /// <summary>
    /// The SDK transport deserializes initialize params eagerly and would throw on a malformed one,
    /// turning bad input into a 500; checking first makes it a 400.
    /// </summary>
    public static HttpRpcError? CheckInitializeParams(JsonRpcMessage message)
    {
        if (message is not JsonRpcRequest { Method: RequestMethods.Initialize } request)
        {
            return null;
        }

        try
        {
            return request.Params.Deserialize(InitializeTypeInfo) is null
                ? HttpRpcError.InvalidParams("initialize requires params.")
                : null;
        }
        catch (JsonException)
        {
            return HttpRpcError.InvalidParams("initialize params are malformed: protocolVersion, capabilities and clientInfo are required.");
        }
    }

    private static RequestId ReadId(JsonElement root) =>
        !root.TryGetProperty("id", out var id) ? default
        : id.ValueKind == JsonValueKind.String ? new RequestId(id.GetString()!)
        : id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var number) ? new RequestId(number)
        : default;
}
