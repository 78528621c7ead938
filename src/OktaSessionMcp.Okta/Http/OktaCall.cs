namespace OktaSessionMcp.Okta.Http;

/// <summary>
/// One call to Okta: its operationId and the secret argument it carries (a session id or a session token), which
/// must be kept out of every message and log line, even when Okta echoes it back in an error summary.
/// </summary>
internal sealed class OktaCall
{
    private readonly string secret;
    private readonly string secretReplacement;

    private OktaCall(string operation, string secret, string secretReplacement, string? sessionFingerprint)
    {
        Operation = operation;
        this.secret = secret;
        this.secretReplacement = secretReplacement;
        SessionFingerprint = sessionFingerprint;
    }

    public string Operation { get; }

    /// <summary>
    /// Whether sending the call twice is harmless, so a transient failure may be retried: get reads, and a second
    /// close of the same session changes nothing. Create redeems a one-time token and refresh moves the expiry, so
    /// neither is ever sent again automatically after Okta may have seen it.
    /// </summary>
    public bool IsIdempotent => Operation is OktaOperations.GetSession or OktaOperations.RevokeSession;

    /// <summary>The session id's fingerprint, for logs; for create it is known only once Okta answers.</summary>
    public string? SessionFingerprint { get; set; }

    public static OktaCall ForSession(string operation, string sessionId)
    {
        var fingerprint = OktaIdentifiers.Fingerprint(sessionId);
        return new(operation, sessionId, fingerprint, fingerprint);
    }

    public static OktaCall ForSessionToken(string operation, string sessionToken) =>
        new(operation, sessionToken, "[session token]", sessionFingerprint: null);

    /// <summary>Okta's 404 summary names the session id it could not find; a summary may name what it was given.</summary>
    public string? Redact(string? text) => text?.Replace(secret, secretReplacement, StringComparison.Ordinal);
}
