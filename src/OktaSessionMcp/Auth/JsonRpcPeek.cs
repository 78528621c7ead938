using System.Text.Json;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Reads the JSON-RPC method and tool name of an MCP POST before the adapter does, so that a missing scope can be
/// answered with HTTP 403 as the MCP authorization specification asks. The body is buffered and rewound for the adapter.
/// </summary>
internal static class JsonRpcPeek
{
    /// <param name="Ambiguous">A key appears twice: parsers may disagree on which counts, so the strictest scope applies.</param>
    public sealed record Message(string? Method, string? ToolName, bool Ambiguous);

    /// <returns>The message, or <see langword="null"/> when the body is too large or not a JSON object: the adapter refuses those.</returns>
    public static async Task<Message?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        try
        {
            var chunk = new byte[16 * 1024];
            int read;
            while (body.Length <= maxBytes && (read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
        finally
        {
            request.Body.Position = 0;
        }

        return body.Length > maxBytes ? null : Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
    }

    private static Message? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var (method, ambiguousMethod) = Single(root, "method");
            var (parameters, ambiguousParameters) = Single(root, "params");
            var (name, ambiguousName) = parameters is { ValueKind: JsonValueKind.Object } value ? Single(value, "name") : (null, false);
            return new Message(Text(method), Text(name), ambiguousMethod || ambiguousParameters || ambiguousName);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (JsonElement? Value, bool Ambiguous) Single(JsonElement element, string name)
    {
        JsonElement? found = null;
        var count = 0;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                found = property.Value;
                count++;
            }
        }

        return (found, count > 1);
    }

    private static string? Text(JsonElement? element) => element is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
