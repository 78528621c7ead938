using Microsoft.AspNetCore.Http.Features;
using OktaSessionMcp.Simulator.Http;

namespace OktaSessionMcp.Simulator.Requests;

/// <summary>
/// Records each request before anything else can answer it, and its status as the response starts, so that a
/// client that has its answer always finds the request in <c>GET /__sim/requests</c>.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        var entry = new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            RecordedRequest.SchemeOf(headers.Authorization.Count > 0 ? headers.Authorization.ToString() : null),
            headers.ContainsKey("DPoP"),
            NullIfAbsent(headers["X-Okta-Retry-For"]),
            NullIfAbsent(headers["X-Okta-Retry-Count"]),
            context.Features.GetRequiredFeature<OktaRequestFeature>().RequestId);
        log.Add(entry);
        context.Response.OnStarting(() =>
        {
            // Kestrel still runs OnStarting when a request ends after Abort(); nothing reaches the client then.
            entry.Status = context.RequestAborted.IsCancellationRequested ? 0 : context.Response.StatusCode;
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string? NullIfAbsent(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count == 0 ? null : values.ToString();
}
