using OktaSessionMcp.StreamableHttp;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Starts the Streamable HTTP warm-up (one in-process <c>tools/list</c>) on another core while the host maps its
/// endpoints and binds its ports, so that the first client's request finds the server built and its code compiled.
/// </summary>
/// <remarks>Measured in docs/benchmarks.md (start-up). Off with <c>Server__WarmUp=false</c>; the tests turn it off.</remarks>
public sealed class StartupWarmup(IServiceProvider services, ILogger<StartupWarmup> logger)
{
    private Task<bool> _completion = Task.FromResult(false);

    /// <summary>Whether the warm-up request was answered; false until it has run, or when it was not started.</summary>
    public Task<bool> Completion => _completion;

    public void Start(CancellationToken stopping) =>
        _completion = Task.Run(() => RunAsync(stopping), CancellationToken.None);

    private async Task<bool> RunAsync(CancellationToken stopping)
    {
        try
        {
            return await McpStreamableHttpWarmup.WarmUpAsync(services, stopping);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The host stopped first: nothing to warm any more.
            return false;
        }
#pragma warning disable CA1031 // A failed warm-up must not take the server down: the first real request does the work instead.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogDebug(ex, "The start-up warm-up request failed; the first request will build the server instead.");
            return false;
        }
    }
}
