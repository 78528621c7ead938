using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>Content negotiation, which minimal APIs leave to the endpoint.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    private static readonly MediaTypeHeaderValue JsonType = new(Json);
    private static readonly MediaTypeHeaderValue EventStreamType = new(EventStream);

    /// <summary>True when Accept admits both JSON and SSE (a POST's answer may be either); the header is parsed once.</summary>
    public static bool AcceptsJsonAndEventStream(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        return Admits(accept, JsonType) && Admits(accept, EventStreamType);
    }

    /// <summary>True when Accept admits an SSE stream (GET).</summary>
    public static bool AcceptsEventStream(HttpRequest request) => Admits(request.GetTypedHeaders().Accept, EventStreamType);

    /// <summary>Admitted: some range, wildcards included, covers the type and does not refuse it with q=0.</summary>
    private static bool Admits(IList<MediaTypeHeaderValue> accept, MediaTypeHeaderValue wanted) =>
        accept.Any(range => range.Quality != 0 && wanted.IsSubsetOf(range));

    /// <summary>application/json, with no charset or UTF-8 (MCP messages are UTF-8).</summary>
    public static bool IsJsonContent(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!contentType.Charset.HasValue || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
