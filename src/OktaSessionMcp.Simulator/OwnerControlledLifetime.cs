namespace OktaSessionMcp.Simulator;

/// <summary>
/// Replaces the host's default ConsoleLifetime, which would hook SIGTERM and Ctrl+C in whatever process embeds the
/// simulator. The owner of an <see cref="OktaSimulator"/> stops it with DisposeAsync; signals belong to the owner.
/// </summary>
internal sealed class OwnerControlledLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
