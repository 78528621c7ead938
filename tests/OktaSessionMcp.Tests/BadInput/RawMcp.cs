using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// Hand-built Streamable HTTP requests, for what the SDK client will not send: malformed JSON-RPC, bad arguments, and
/// 2026-07-28 retries with a requestState of our choosing.
/// </summary>
public sealed class RawMcp(Uri endpoint) : IDisposable
{
    public const string July2026 = "2026-07-28";

    private readonly HttpClient _http = new();

    public static JsonObject Meta(bool elicitation = true) => new()
    {
        [MetaKeys.ProtocolVersion] = July2026,
        [MetaKeys.ClientInfo] = new JsonObject { ["name"] = "raw-test", ["version"] = "1.0" },
        [MetaKeys.ClientCapabilities] = elicitation ? new JsonObject { ["elicitation"] = new JsonObject { ["form"] = new JsonObject() } } : new JsonObject(),
    };

    /// <summary>A 2026-07-28 tools/call with its _meta; requestState and inputResponses only when given.</summary>
    public static string Call(string tool, JsonNode? arguments, bool elicitation = true, string? requestState = null, JsonObject? inputResponses = null, int id = 1)
    {
        var parameters = new JsonObject { ["name"] = tool, ["arguments"] = arguments, ["_meta"] = Meta(elicitation) };
        if (requestState is not null)
        {
            parameters["requestState"] = requestState;
        }

        if (inputResponses is not null)
        {
            parameters["inputResponses"] = inputResponses;
        }

        return new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = "tools/call", ["params"] = parameters }.ToJsonString();
    }

    /// <summary>The person's answer to the "confirm" input request, as a 2026-07-28 retry carries it.</summary>
    public static JsonObject Answer(string action, bool confirm = true) => new()
    {
        ["confirm"] = action == "accept"
            ? new JsonObject { ["action"] = action, ["content"] = new JsonObject { ["confirm"] = confirm } }
            : new JsonObject { ["action"] = action },
    };

    /// <summary>A tools/call whose arguments are written as raw JSON text, for values a JSON writer refuses to produce.</summary>
    public static string CallText(string tool, string argumentsJson, string version = July2026) =>
        $$$"""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":{{{JsonSerializer.Serialize(tool)}}},"arguments":{{{argumentsJson}}},"_meta":{{{(version == July2026 ? Meta().ToJsonString() : "{}")}}}}}""";

    public Task<RawAnswer> CallTextAsync(string tool, string argumentsJson, string version = July2026) =>
        PostAsync(CallText(tool, argumentsJson, version), "tools/call", tool, version);

    public Task<RawAnswer> CallAsync(string tool, JsonNode? arguments, bool elicitation = true, string? requestState = null, JsonObject? inputResponses = null, string? caller = null) =>
        PostAsync(Call(tool, arguments, elicitation, requestState, inputResponses), "tools/call", tool, caller: caller);

    /// <summary>POSTs a body with the headers of a conforming 2026-07-28 client (or of an older one, by <paramref name="version"/>).</summary>
    public async Task<RawAnswer> PostAsync(string body, string? method = null, string? name = null, string version = July2026, string? caller = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        return await SendAsync(request, method, name, version, caller);
    }

    public async Task<RawAnswer> PostBytesAsync(byte[] body, string? method = null, string? name = null, string version = July2026)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        return await SendAsync(request, method, name, version, caller: null);
    }

    /// <summary>POSTs <paramref name="content"/> with its own Content-Type, or none: for what the media type alone decides.</summary>
    public async Task<RawAnswer> PostContentAsync(HttpContent content, string version)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        return await SendAsync(request, method: null, name: null, version, caller: null, jsonContent: false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<RawAnswer> SendAsync(HttpRequestMessage request, string? method, string? name, string version, string? caller, bool jsonContent = true)
    {
        if (jsonContent)
        {
            request.Content!.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        // A server refusing a large body by its Content-Length answers before reading it; without 100-continue the
        // client would still be sending, and see a broken pipe instead of the answer.
        request.Headers.ExpectContinue = request.Content!.Headers.ContentLength > 64 * 1024;
        request.Headers.TryAddWithoutValidation("Accept", "application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", version);
        if (method is not null)
        {
            request.Headers.Add("Mcp-Method", method);
        }

        if (name is not null)
        {
            request.Headers.Add("Mcp-Name", HeaderSafe(name));
        }

        if (caller is not null)
        {
            request.Headers.Add(Policy.TestCaller.Header, caller);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new RawAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, LastMessage(text));
    }

    // SEP-2243: a value that is not visible ASCII travels Base64-encoded.
    private static string HeaderSafe(string value) => value.All(c => c is >= ' ' and <= '~')
        ? value
        : $"=?base64?{Convert.ToBase64String(Encoding.UTF8.GetBytes(value))}?=";

    private static JsonObject? LastMessage(string body)
    {
        var data = body.TrimStart().StartsWith('{')
            ? [body]
            : body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(e => string.Concat(e.Split('\n').Where(l => l.StartsWith("data:", StringComparison.Ordinal)).Select(l => l[5..].Trim())))
                .Where(d => d.Length > 0)
                .ToList();
        return data.Count == 0 ? null : JsonNode.Parse(data[^1]) as JsonObject;
    }
}

/// <summary>What came back: the HTTP status and the last JSON-RPC message of the body.</summary>
public sealed record RawAnswer(HttpStatusCode Status, string? MediaType, string Body, JsonObject? Message)
{
    public JsonObject? Result => Message?["result"] as JsonObject;

    public JsonObject? Error => Message?["error"] as JsonObject;

    public bool IsToolError => Result?["isError"] is JsonValue flag && flag.GetValue<bool>();

    public string Text => Result?["content"] is JsonArray content
        ? string.Concat(content.OfType<JsonObject>().Select(block => block["text"]?.GetValue<string>()))
        : string.Empty;
}
