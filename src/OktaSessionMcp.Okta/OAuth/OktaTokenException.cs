namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// Okta's token endpoint refused to issue an access token (RFC 6749 section 5.2: <c>error</c> and
/// <c>error_description</c>), or answered success with no usable token.
/// </summary>
internal sealed class OktaTokenException(int statusCode, string? error, string? description, string? requestId)
    : Exception($"Okta's token endpoint answered HTTP {statusCode} ({error ?? "no OAuth error"}).")
{
    public int StatusCode { get; } = statusCode;

    public string? Error { get; } = error;

    public string? Description { get; } = description;

    public string? RequestId { get; } = requestId;
}
