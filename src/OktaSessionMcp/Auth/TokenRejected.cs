namespace OktaSessionMcp.Auth;

/// <summary>A request feature: a bearer token was sent and refused, so the 401 says error="invalid_token" (RFC 6750 section 3.1).</summary>
internal sealed class TokenRejected
{
    public static TokenRejected Instance { get; } = new();
}
