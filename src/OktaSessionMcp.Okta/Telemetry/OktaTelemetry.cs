using System.Diagnostics;

namespace OktaSessionMcp.Okta.Telemetry;

/// <summary>
/// The names under which the client reports: a Meter and an ActivitySource called <see cref="Name"/>, read by
/// OpenTelemetry, dotnet-counters or a MeterListener. No URL, session id or token is ever a tag.
/// </summary>
public static class OktaTelemetry
{
    /// <summary>The Meter's and the ActivitySource's name.</summary>
    public const string Name = "OktaSessionMcp.Okta";

    /// <summary>Counter: requests sent to Okta (each attempt), by operation and status code or error type.</summary>
    public const string Requests = "okta_session_mcp.okta.requests";

    /// <summary>Histogram, seconds: how long each request to Okta took, body included, by operation and status code or error type.</summary>
    public const string RequestDuration = "okta_session_mcp.okta.request.duration";

    /// <summary>Counter: retries, by operation and reason (rate_limited, transient).</summary>
    public const string Retries = "okta_session_mcp.okta.retries";

    /// <summary>Gauge: the X-Rate-Limit-Remaining of Okta's latest answer that carried one.</summary>
    public const string RateLimitRemaining = "okta_session_mcp.okta.rate_limit.remaining";

    /// <summary>Tag: the Okta operationId, e.g. getSession.</summary>
    public const string OperationTag = "okta.operation";

    /// <summary>Tag: Okta's HTTP status, when it answered.</summary>
    public const string StatusCodeTag = "http.response.status_code";

    /// <summary>Tag: why there is no status: timeout, transport, cancelled or response_too_large.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>Tag: why a call was retried: rate_limited or transient.</summary>
    public const string RetryReasonTag = "okta.retry.reason";

    /// <summary>Tag on spans: how many retries a call made so far.</summary>
    public const string RetryCountTag = "okta.retry.count";

    internal static readonly ActivitySource ActivitySource = new(Name);

    internal static string ReasonName(OktaRetryReason reason) => reason switch
    {
        OktaRetryReason.RateLimited => "rate_limited",
        _ => "transient",
    };
}
