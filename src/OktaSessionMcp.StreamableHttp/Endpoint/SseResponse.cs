using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace OktaSessionMcp.StreamableHttp.Endpoint;

/// <summary>Response headers for a Server-Sent Events stream that every hop delivers unbuffered.</summary>
internal static class SseResponse
{
    public static void Start(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentType = MediaTypes.EventStream;
        headers.CacheControl = "no-cache,no-store";

        // Compression middleware and proxies such as nginx would otherwise hold events back.
        headers.ContentEncoding = "identity";
        headers["X-Accel-Buffering"] = "no";
        context.Features.GetRequiredFeature<IHttpResponseBodyFeature>().DisableBuffering();
    }

    /// <summary>Undoes <see cref="Start"/> when nothing was streamed (202 Accepted has no body).</summary>
    public static void Cancel(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentType = default;
        headers.CacheControl = default;
        headers.ContentEncoding = default;
        headers.Remove("X-Accel-Buffering");
    }
}
