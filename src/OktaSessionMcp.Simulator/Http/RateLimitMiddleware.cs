using Microsoft.AspNetCore.Http.Features;

namespace OktaSessionMcp.Simulator.Http;

/// <summary>Answers 429 E0000047 when the limiter said so; the headers already tell the client when to retry.</summary>
internal sealed class RateLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context) =>
        context.Features.GetRequiredFeature<OktaRequestFeature>().RateLimit.Exceeded
            ? OktaErrors.RateLimited().ExecuteAsync(context)
            : next(context);
}
