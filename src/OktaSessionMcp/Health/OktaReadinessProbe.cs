using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Health;

/// <summary>
/// Whether Okta answers with the configured token. It asks for a session that cannot exist: Okta's 404 proves
/// both that the org is reachable and that the token was accepted; a 401 means the token is bad. The answer is
/// cached briefly so that frequent probes cannot spend the org's rate limit.
/// </summary>
public sealed class OktaReadinessProbe(IOktaSessionClient client, TimeProvider timeProvider) : IDisposable
{
    internal const string ProbeSessionId = "readiness-probe-no-such-session";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (ReadinessResult Result, DateTimeOffset At)? _last;

    public async Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (_last is { } last && now - last.At < CacheFor)
            {
                return last.Result;
            }

            var result = await ProbeAsync(cancellationToken);
            _last = (result, now);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<ReadinessResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.GetSessionAsync(ProbeSessionId, cancellationToken);
            return new(true, "Okta answered and accepted the API token.");
        }
        catch (OktaApiException ex) when (ex.StatusCode == 404)
        {
            return new(true, "Okta answered and accepted the API token.");
        }
        catch (OktaApiException ex) when (ex.StatusCode is 401 or 403)
        {
            return new(false, $"Okta rejected the API token (HTTP {ex.StatusCode}, {ex.ErrorCode}): check OKTA_API_KEY.");
        }
        catch (OktaApiException ex)
        {
            return new(false, $"Okta is not usable right now: {ex.Message}");
        }
    }
}
