using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace OktaSessionMcp.StreamableHttp.Sessions;

/// <summary>
/// Sweeps idle stateful sessions on a timer driven by the injected <see cref="TimeProvider"/> (so
/// tests can move a fake clock), and closes every session when the host stops.
/// </summary>
internal sealed class SessionReaper(SessionStore store, IOptions<McpHttpOptions> options, TimeProvider clock) : BackgroundService
{
    /// <summary>How often to sweep: often enough to honour a small idle cap, cheap for 10,000 sessions.</summary>
    internal static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(5);

    public override Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Stateful ? base.StartAsync(cancellationToken) : Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await store.PruneAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            await store.CloseAllAsync();
        }
    }
}
