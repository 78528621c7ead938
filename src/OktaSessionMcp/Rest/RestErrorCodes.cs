namespace OktaSessionMcp.Rest;

/// <summary>
/// The error codes the adapter answers with itself. Okta's own errors pass through with Okta's codes; these are for
/// what Okta never says: it could not be reached, or its answer could not be used. Documented in the OpenAPI document.
/// </summary>
internal static class RestErrorCodes
{
    /// <summary>Okta's own code for a request that fails validation; used when the adapter refuses a bad id or token before sending.</summary>
    public const string ValidationFailed = "E0000001";

    /// <summary>Okta's own code for a body that is not well-formed JSON.</summary>
    public const string MalformedBody = "E0000003";

    /// <summary>Okta's code for an action the caller is not permitted to perform (here: a write on a read-only server).</summary>
    public const string NotPermitted = "E0000006";

    /// <summary>502: Okta could not be reached (connection refused or dropped, DNS, TLS).</summary>
    public const string OktaUnreachable = "OSM00001";

    /// <summary>504: Okta did not answer in time; the outcome of a change is unknown.</summary>
    public const string OktaTimeout = "OSM00002";

    /// <summary>502: Okta answered success with something unusable (not JSON, the wrong shape, too large).</summary>
    public const string OktaInvalidResponse = "OSM00003";

    /// <summary>Okta's status passes through, but Okta sent no error body of its own (e.g. a proxy's page).</summary>
    public const string OktaErrorWithoutBody = "OSM00004";

    /// <summary>502: Okta's token endpoint refused the server's OAuth client (wrong client id or key, scope not granted).</summary>
    public const string OktaTokenRefused = "OSM00005";

    /// <summary>All of them, for the API description.</summary>
    public const string Description =
        "Errors are Okta's Error object. Okta's own errors pass through with Okta's status and body (a session id " +
        "Okta echoes becomes a short fingerprint). Before anything is sent, a malformed id or body is refused with " +
        "400 and errorCode E0000001 (validation failed) or E0000003 (not well-formed JSON). The adapter's own " +
        "codes: OSM00001 (502, Okta could not be reached), OSM00002 (504, Okta did not answer in time: the outcome " +
        "of a change is unknown), OSM00003 (502, Okta's answer could not be read), OSM00004 (Okta's status, passed " +
        "through, when Okta sent no error body of its own) and OSM00005 (502, Okta refused to issue the server an " +
        "OAuth access token). Without an API token (OAuth alone, or a Bearer access token) creating a session is " +
        "refused with 403 and errorCode E0000006 before anything is sent.";
}
