using System.Collections.Concurrent;
using ModelContextProtocol;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>Records progress as it arrives; Progress&lt;T&gt; would post it to the thread pool, out of order.</summary>
internal sealed class RecordingProgress : IProgress<ProgressNotificationValue>
{
    private readonly TaskCompletionSource<ProgressNotificationValue> first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<ProgressNotificationValue> Values { get; } = new();

    // A liveness guard: a server that never reports fails the test instead of hanging it.
    public Task<ProgressNotificationValue> First => first.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void Report(ProgressNotificationValue value)
    {
        Values.Enqueue(value);
        first.TrySetResult(value);
    }
}
