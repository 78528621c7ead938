using Microsoft.Extensions.Time.Testing;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// FakeTimeProvider (it moves only when a test advances it, and fires due timers in order) for the client (Polly's
/// timeouts and retry waits), the simulator and the MCP adapter's sessions alike, plus what it lacks: tests await
/// <see cref="ScheduledAsync"/> (a timer of a given length exists) or <see cref="CancelledAsync"/> instead of sleeping.
/// Every test project compiles this one file.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    // A liveness guard: a broken test fails after this instead of hanging; working code never comes near it.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly List<TimeSpan> scheduled = [];
    private readonly List<(TimeSpan DueIn, int Count, TaskCompletionSource Done)> waiters = [];
    private readonly List<(TimeSpan DueIn, TaskCompletionSource Done)> cancelWaiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this);
        timer.Start(base.CreateTimer(timer.Fired(callback), state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), dueTime, period);
        return timer;
    }

    /// <summary>Completes once <paramref name="count"/> timers of exactly <paramref name="dueIn"/> have been started.</summary>
    public Task ScheduledAsync(TimeSpan dueIn, int count = 1)
    {
        lock (gate)
        {
            if (scheduled.Count(d => d == dueIn) >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((dueIn, count, done));
            return done.Task.WaitAsync(Guard);
        }
    }

    /// <summary>
    /// Completes when a timer of exactly <paramref name="dueIn"/> is disposed before it fired, e.g. the simulator's
    /// injected latency ended because the client went away.
    /// </summary>
    public Task CancelledAsync(TimeSpan dueIn)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            cancelWaiters.Add((dueIn, done));
        }

        return done.Task.WaitAsync(Guard);
    }

    private void Scheduled(TimeSpan dueIn)
    {
        List<TaskCompletionSource> ready;
        lock (gate)
        {
            scheduled.Add(dueIn);
            ready = [.. waiters.Where(w => scheduled.Count(d => d == w.DueIn) >= w.Count).Select(w => w.Done)];
            waiters.RemoveAll(w => ready.Contains(w.Done));
        }

        ready.ForEach(done => done.SetResult());
    }

    private void Cancelled(TimeSpan dueIn)
    {
        List<TaskCompletionSource> ready;
        lock (gate)
        {
            ready = [.. cancelWaiters.Where(w => w.DueIn == dueIn).Select(w => w.Done)];
            cancelWaiters.RemoveAll(w => ready.Contains(w.Done));
        }

        ready.ForEach(done => done.SetResult());
    }

    /// <summary>FakeTimeProvider's timer, watched: when it is started, and whether it was disposed before it fired.</summary>
    private sealed class WatchedTimer(ManualClock owner) : ITimer
    {
        private ITimer inner = null!;
        private TimeSpan dueIn = Timeout.InfiniteTimeSpan;
        private bool pending;

        public TimerCallback Fired(TimerCallback callback) => state =>
        {
            pending = false;
            callback(state);
        };

        public void Start(ITimer timer, TimeSpan dueTime, TimeSpan period)
        {
            inner = timer;
            Change(dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            (dueIn, pending) = (dueTime, dueTime != Timeout.InfiniteTimeSpan);
            // Armed first, announced second: a test that awaits ScheduledAsync and then advances the clock must find
            // the timer already due at now + dueTime, not armed after the advance (it would then never fire).
            var changed = inner.Change(dueTime, period);
            if (dueTime != Timeout.InfiniteTimeSpan)
            {
                owner.Scheduled(dueTime);
            }

            return changed;
        }

        public void Dispose()
        {
            if (pending)
            {
                pending = false;
                owner.Cancelled(dueIn);
            }

            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
