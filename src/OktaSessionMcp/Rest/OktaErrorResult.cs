using System.Globalization;

namespace OktaSessionMcp.Rest;

/// <summary>
/// Writes an error body with the headers a caller of Okta would use: X-Okta-Request-Id to quote to Okta Support, and on
/// 429 X-Rate-Limit-Reset (UTC epoch seconds), to know when to retry.
/// </summary>
internal sealed class OktaErrorResult(int statusCode, RestError body, OktaApiException? exception) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var headers = httpContext.Response.Headers;
        if (exception?.OktaRequestId is { Length: > 0 } requestId)
        {
            headers["X-Okta-Request-Id"] = requestId;
        }

        if (statusCode == StatusCodes.Status429TooManyRequests && exception?.RateLimitResetsAt is { } resetsAt)
        {
            headers["X-Rate-Limit-Reset"] = resetsAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }

        return Results.Json(body, RestJsonContext.Default.RestError, statusCode: statusCode).ExecuteAsync(httpContext);
    }
}
