namespace OktaSessionMcp.Audit;

/// <summary>
/// What the audit trail learns of the Okta call(s) made for one audited call: the last answer's status and request id
/// (the client reports them only on failure, in OktaApiException; this hears successes too).
/// </summary>
internal sealed class OktaCallRecord : IOktaCallObserver
{
    public int? Status { get; private set; }

    public string? RequestId { get; private set; }

    /// <summary>A retried call keeps the last answer.</summary>
    public void OnAnswer(OktaAnswer answer)
    {
        Status = answer.Status;
        RequestId = answer.RequestId is { } id ? AuditNames.Printable(id) : null;
    }
}
