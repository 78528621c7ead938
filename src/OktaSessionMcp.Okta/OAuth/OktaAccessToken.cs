namespace OktaSessionMcp.Okta.OAuth;

/// <summary>An access token from Okta's org authorization server; <see cref="Value"/> is a secret that is never logged.</summary>
internal sealed record OktaAccessToken(string Value, bool IsDPoP, DateTimeOffset ExpiresAt)
{
    // A record prints its members; this one must never print its value.
    public override string ToString() => $"OktaAccessToken {{ IsDPoP = {IsDPoP}, ExpiresAt = {ExpiresAt:O} }}";
}
