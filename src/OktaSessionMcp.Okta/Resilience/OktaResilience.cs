using System.Threading.RateLimiting;
using Polly;

namespace OktaSessionMcp.Okta.Resilience;

/// <summary>
/// The client's pipeline and the limiter behind its concurrency cap: one per container, not per handler, because
/// IHttpClientFactory rebuilds handlers every few minutes and a cap split across two handlers would not be a cap.
/// </summary>
internal sealed class OktaResilience(ResiliencePipeline<HttpResponseMessage> pipeline, RateLimiter limiter, OktaClientOptions options) : IDisposable
{
    public ResiliencePipeline<HttpResponseMessage> Pipeline => pipeline;

    public OktaClientOptions Options => options;

    public void Dispose() => limiter.Dispose();
}
