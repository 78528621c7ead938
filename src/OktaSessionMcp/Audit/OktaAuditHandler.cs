namespace OktaSessionMcp.Audit;

/// <summary>
/// Added to the Okta client's pipeline by the host, so that the audit trail has Okta's status and X-Okta-Request-Id
/// for successes too (the client reports them only on failure, in OktaApiException). It reads headers only.
/// </summary>
internal sealed class OktaAuditHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        OktaCallObservation.Record(response);
        return response;
    }
}
