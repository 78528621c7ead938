namespace OktaSessionMcp.Simulator.Requests;

/// <summary>
/// One request to <c>/api/v1/*</c> as the simulator saw it. Never the Authorization value, never a body.
/// Status is 0 until the response starts, and stays 0 when the connection was dropped.
/// </summary>
internal sealed class RecordedRequest(string method, string rawTarget, bool authorizationPresent, string? retryFor, string? retryCount, string requestId)
{
    private int status;

    public string Method => method;

    /// <summary>The request target exactly as on the wire (path and query, nothing decoded).</summary>
    public string RawTarget => rawTarget;

    public int Status
    {
        get => Volatile.Read(ref status);
        set => Volatile.Write(ref status, value);
    }

    public string Authorization => authorizationPresent ? "present" : "absent";

    /// <summary>The X-Okta-Retry-For header as sent, if any.</summary>
    public string? RetryFor => retryFor;

    /// <summary>The X-Okta-Retry-Count header as sent (a string, exactly as on the wire), if any.</summary>
    public string? RetryCount => retryCount;

    public string RequestId => requestId;
}
