namespace OktaSessionMcp.Bench.Processes;

/// <summary>Polls until a freshly started process answers, failing fast if it exits first.</summary>
internal static class Readiness
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Polls every 2 ms: start-up is measured with this, so the poll interval bounds its error.</summary>
    public static async Task WaitAsync(ChildProcess process, Func<Task<bool>> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Process {process.Pid} exited before it was ready:{Environment.NewLine}{process.Tail}");
            }

            try
            {
                if (await probe())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            try
            {
                await Task.Delay(2, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Process {process.Pid} did not answer within {Limit.TotalSeconds} s:{Environment.NewLine}{process.Tail}");
            }
        }
    }
}
