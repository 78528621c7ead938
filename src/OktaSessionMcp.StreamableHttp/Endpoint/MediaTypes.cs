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

    /// <summary>True when Accept admits the type, wildcards included, and does not refuse it with q=0.</summary>
    public static bool Accepts(HttpRequest request, string mediaType)
    {
        var wanted = mediaType == Json ? JsonType : EventStreamType;
        return request.GetTypedHeaders().Accept.Any(range => range.Quality != 0 && wanted.IsSubsetOf(range));
    }

    /// <summary>application/json, with no charset or UTF-8 (MCP messages are UTF-8).</summary>
    public static bool IsJsonContent(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
        && contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!contentType.Charset.HasValue || contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
