using System.Text.Json;

namespace OktaSessionMcp.Security;

/// <summary>
/// The two JSON-RPC answers <see cref="McpBodyGuard"/> gives before the SDK sees a request: an error, and a tool result
/// with isError. A POST may be answered with one JSON object (Streamable HTTP); the id is echoed as it was sent.
/// </summary>
internal static class McpAnswers
{
    public static Task ErrorAsync(HttpContext context, byte[]? id, int code, string message) => WriteAsync(context, id, writer =>
    {
        writer.WriteStartObject("error");
        writer.WriteNumber("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
    });

    public static Task ToolErrorAsync(HttpContext context, byte[]? id, string text) => WriteAsync(context, id, writer =>
    {
        writer.WriteStartObject("result");
        writer.WriteStartArray("content");
        writer.WriteStartObject();
        writer.WriteString("type", "text");
        writer.WriteString("text", text);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteBoolean("isError", true);
        writer.WriteEndObject();
    });

    private static async Task WriteAsync(HttpContext context, byte[]? id, Action<Utf8JsonWriter> body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("jsonrpc", "2.0");
        writer.WritePropertyName("id");
        if (id is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(id, skipInputValidation: true);
        }

        body(writer);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
