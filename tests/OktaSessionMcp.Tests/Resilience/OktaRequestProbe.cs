namespace OktaSessionMcp.Tests.Resilience;

/// <summary>
/// Joins the host's Okta HttpClient as its innermost handler and reports what happens to the requests on their way
/// to Okta: when one starts, and when its cancellation token fires.
/// </summary>
internal sealed class OktaRequestProbe : DelegatingHandler
{
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => started.Task;

    public Task Cancelled => cancelled.Task;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.Register(() => cancelled.TrySetResult());
        started.TrySetResult();
        return base.SendAsync(request, cancellationToken);
    }
}
