using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OktaSessionMcp.Health;

/// <summary>
/// Whether Okta answers with the configured credentials. It asks for a session that cannot exist: Okta's 404 proves
/// both that the org is reachable and that the credentials were accepted; a 401 means they are bad. The answer is
/// cached briefly (a singleton, registered as such) so that frequent probes cannot spend the org's rate limit.
/// </summary>
internal sealed class OktaReadinessCheck(IOktaSessionClient client, IOptions<OktaClientOptions> options, TimeProvider timeProvider) : IHealthCheck, IDisposable
{
    internal const string ProbeSessionId = "readiness-probe-no-such-session";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
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

    // The probe reads a session, which in OAuth mode goes with the OAuth app's token, not the API token.
    private string Credentials => options.Value.UsesOAuth ? "OAuth app's access token" : "API token";

    private string Settings => options.Value.UsesOAuth ? "OKTA_CLIENT_ID, OKTA_PRIVATE_KEY_FILE and the app's scopes" : "OKTA_API_KEY";

    public void Dispose() => _gate.Dispose();

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.GetSessionAsync(ProbeSessionId, cancellationToken);
            return HealthCheckResult.Healthy($"Okta answered and accepted the {Credentials}.");
        }
        catch (OktaApiException ex) when (ex.StatusCode == 404)
        {
            return HealthCheckResult.Healthy($"Okta answered and accepted the {Credentials}.");
        }
        catch (OktaApiException ex) when (ex.StatusCode is 401 or 403)
        {
            return HealthCheckResult.Unhealthy($"Okta rejected the {Credentials} (HTTP {ex.StatusCode}, {ex.ErrorCode}): check {Settings}.");
        }
        catch (OktaApiException ex)
        {
            return HealthCheckResult.Unhealthy($"Okta is not usable right now: {ex.Message}");
        }
    }
}
