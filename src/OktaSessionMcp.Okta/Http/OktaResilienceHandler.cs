using Polly;

namespace OktaSessionMcp.Okta.Http;

/// <summary>
/// Runs each request through the client's resilience pipeline (built where the client is registered); each
/// execution of the callback is one attempt through the handlers below.
/// </summary>
internal sealed class OktaResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        await pipeline.ExecuteAsync(
            static async (state, attemptToken) => await state.Handler.SendAttemptAsync(state.Request, attemptToken),
            (Handler: this, Request: request),
            cancellationToken);

    private Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
