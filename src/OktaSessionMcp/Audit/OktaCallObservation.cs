namespace OktaSessionMcp.Audit;

/// <summary>What the audit trail learns of the Okta call(s) made for one audited call: the last answer's status and request id.</summary>
internal sealed class OktaCallObservation
{
    private static readonly AsyncLocal<OktaCallObservation?> CurrentCall = new();

    public int? Status { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>
    /// Starts observing the Okta calls made below the caller in this async flow. Set from a synchronous method on
    /// purpose: the value lands in the caller's execution context and ends with the caller's async method.
    /// </summary>
    public static OktaCallObservation Begin() => CurrentCall.Value = new OktaCallObservation();

    /// <summary>Called for each answer Okta gives; a retried call keeps the last one.</summary>
    public static void Record(HttpResponseMessage response)
    {
        if (CurrentCall.Value is { } observation)
        {
            observation.Status = (int)response.StatusCode;
            observation.RequestId = response.Headers.TryGetValues("X-Okta-Request-Id", out var values)
                ? AuditNames.Printable(values.FirstOrDefault() ?? "")
                : null;
        }
    }
}
