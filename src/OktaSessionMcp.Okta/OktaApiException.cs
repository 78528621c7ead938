namespace OktaSessionMcp.Okta;

/// <summary>
/// A call to Okta failed: Okta answered with an error, could not be reached, timed out, or answered with
/// something unusable. <see cref="Exception.Message"/> is short and safe to show: it never contains the API token,
/// a session token or a session id.
/// </summary>
/// <param name="kind">What went wrong.</param>
/// <param name="operation">The Okta operationId of the failed call, see <see cref="OktaOperations"/>.</param>
/// <param name="message">A short message that contains no secret.</param>
/// <param name="innerException">The underlying exception, if any.</param>
public sealed class OktaApiException(OktaFailureKind kind, string operation, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>What went wrong.</summary>
    public OktaFailureKind Kind { get; } = kind;

    /// <summary>The Okta operationId of the failed call: createSession, getSession, revokeSession or refreshSession.</summary>
    public string Operation { get; } = operation;

    /// <summary>The HTTP status when Okta answered; <see langword="null"/> when it did not (transport, timeout).</summary>
    public int? StatusCode { get; init; }

    /// <summary>Okta's <c>errorCode</c>, e.g. <c>E0000007</c> (not found) or <c>E0000011</c> (invalid API token).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Okta's <c>errorSummary</c>, with any session id or session token of the call replaced.</summary>
    public string? ErrorSummary { get; init; }

    /// <summary>Okta's <c>errorLink</c>.</summary>
    public string? ErrorLink { get; init; }

    /// <summary>Okta's <c>errorId</c>, which Okta Support can use to find the request.</summary>
    public string? ErrorId { get; init; }

    /// <summary>The <c>errorSummary</c> of each of Okta's <c>errorCauses</c>, redacted like <see cref="ErrorSummary"/>.</summary>
    public IReadOnlyList<string> ErrorCauses { get; init; } = [];

    /// <summary>The <c>X-Okta-Request-Id</c> header of Okta's answer.</summary>
    public string? OktaRequestId { get; init; }

    /// <summary>
    /// On a 403 whose <c>WWW-Authenticate</c> says <c>insufficient_scope</c>: the scope the access token lacks, e.g.
    /// <c>okta.sessions.manage</c>.
    /// </summary>
    public string? MissingScope { get; init; }

    /// <summary>The scheme the refused request was sent with (<c>SSWS</c>, <c>DPoP</c> or <c>Bearer</c>), never its value.</summary>
    public string? AuthScheme { get; init; }

    /// <summary>On 429, when the rate limit resets (from <c>X-Rate-Limit-Reset</c>).</summary>
    public DateTimeOffset? RateLimitResetsAt { get; init; }
}
