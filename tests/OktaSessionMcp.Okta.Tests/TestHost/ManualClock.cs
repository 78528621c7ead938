namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// A clock that moves only when a test advances it, for the client (Polly's timeouts and retry waits), the simulator
/// and the MCP adapter's sessions alike; every test project compiles this one file. Tests await
/// <see cref="ScheduledAsync"/> (a timer of a given length exists) instead of sleeping.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<Timer> pending = [];
    private readonly List<TimeSpan> scheduled = [];
    private readonly List<(TimeSpan DueIn, int Count, TaskCompletionSource Done)> waiters = [];
    private readonly List<(TimeSpan DueIn, TaskCompletionSource Done)> cancelWaiters = [];
    private DateTimeOffset now = start;

    // A liveness guard: a broken test fails after this instead of hanging; working code never comes near it.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
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

    /// <summary>Moves the clock on and fires, in order, every timer that is due.</summary>
    public void Advance(TimeSpan delta)
    {
        List<Timer> due;
        lock (gate)
        {
            now += delta;
            due = [.. pending.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt)];
            pending.RemoveAll(due.Contains);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    private void Schedule(Timer timer, TimeSpan dueTime)
    {
        List<TaskCompletionSource> ready;
        lock (gate)
        {
            pending.Remove(timer);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            timer.DueAt = now + dueTime;
            timer.DueIn = dueTime;
            pending.Add(timer);
            scheduled.Add(dueTime);
            ready = [.. waiters.Where(w => scheduled.Count(d => d == w.DueIn) >= w.Count).Select(w => w.Done)];
            waiters.RemoveAll(w => ready.Contains(w.Done));
        }

        ready.ForEach(done => done.SetResult());
    }

    private void Cancel(Timer timer)
    {
        List<TaskCompletionSource> ready = [];
        lock (gate)
        {
            if (pending.Remove(timer))
            {
                ready = [.. cancelWaiters.Where(w => w.DueIn == timer.DueIn).Select(w => w.Done)];
                cancelWaiters.RemoveAll(w => ready.Contains(w.Done));
            }
        }

        ready.ForEach(done => done.SetResult());
    }

    // One-shot timers are all Task.Delay and CancellationTokenSource use; a period is accepted and ignored.
    private sealed class Timer(ManualClock owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public TimeSpan DueIn { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Schedule(this, dueTime);
            return true;
        }

        public void Fire() => callback(state);

        public void Dispose() => owner.Cancel(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
