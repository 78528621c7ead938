namespace OktaSessionMcp.Simulator.Requests;

/// <summary>
/// One request to <c>/api/v1/*</c> as the simulator saw it. Never the Authorization value, never a body.
/// Status is 0 until the response starts, and stays 0 when the connection was dropped.
/// </summary>
internal sealed class RecordedRequest(string method, string rawTarget, string? scheme, bool dpopProof, string? retryFor, string? retryCount, string requestId)
{
    private static readonly string[] KnownSchemes = ["SSWS", "Bearer", "DPoP"];

    private int status;

    public string Method => method;

    /// <summary>The request target exactly as on the wire (path and query, nothing decoded).</summary>
    public string RawTarget => rawTarget;

    public int Status
    {
        get => Volatile.Read(ref status);
        set => Volatile.Write(ref status, value);
    }

    public string Authorization => scheme is null ? "absent" : "present";

    /// <summary>The Authorization scheme (SSWS, Bearer or DPoP; "other" for anything else), never the value; null when absent.</summary>
    public string? Scheme => scheme;

    /// <summary>"present" when the request carried a DPoP proof header (the token request has no Authorization); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("dpop")]
    public string? DPoPProof => dpopProof ? "present" : null;

    /// <summary>The X-Okta-Retry-For header as sent, if any.</summary>
    public string? RetryFor => retryFor;

    /// <summary>The X-Okta-Retry-Count header as sent (a string, exactly as on the wire), if any.</summary>
    public string? RetryCount => retryCount;

    public string RequestId => requestId;

    /// <summary>Only the scheme of an Authorization header is kept; its value is dropped here.</summary>
    public static string? SchemeOf(string? authorization) => string.IsNullOrEmpty(authorization) ? null
        : KnownSchemes.FirstOrDefault(known => authorization.StartsWith(known + " ", StringComparison.Ordinal)) ?? "other";
}
