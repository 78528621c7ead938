using System.Globalization;

namespace OktaSessionMcp.Okta;

/// <summary>The response headers Okta adds that the client reports.</summary>
internal static class OktaResponseHeaders
{
    public static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Okta-Request-Id", out var values) ? values.FirstOrDefault() : null;

    /// <summary>X-Rate-Limit-Reset: when the current rate-limit window ends, in UTC epoch seconds.</summary>
    public static DateTimeOffset? RateLimitReset(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Rate-Limit-Reset", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
