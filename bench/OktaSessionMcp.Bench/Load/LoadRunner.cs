using System.Diagnostics;

namespace OktaSessionMcp.Bench.Load;

/// <summary>Closed-loop load: N workers, each sending its next call when the last one answered; bounded in count and time.</summary>
internal static class LoadRunner
{
    public sealed record Outcome(long[] LatencyTicks, int Failures, TimeSpan Elapsed);

    public static async Task<Outcome> RunAsync(
        ICallPath path, HttpClient http, int concurrency, TimeSpan duration, int maxCalls, CancellationToken cancellationToken)
    {
        var issued = 0;
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        async Task<List<long>> WorkerAsync()
        {
            var latencies = new List<long>(4096);
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxCalls)
            {
                var before = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await path.CallAsync(http, cancellationToken);
                }
                catch (HttpRequestException)
                {
                    ok = false;
                }

                if (ok)
                {
                    latencies.Add(Stopwatch.GetTimestamp() - before);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }

            return latencies;
        }

        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, cancellationToken)).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new Outcome([.. results.SelectMany(r => r)], failures, elapsed);
    }
}
