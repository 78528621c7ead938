namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>
/// A clock that moves only when a test says so (Microsoft.Extensions.TimeProvider.Testing does not restore here).
/// Timers fire from <see cref="Advance"/>; tests await <see cref="TimerCreated"/> instead of sleeping.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private readonly TaskCompletionSource timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource timerDisposed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset now = start;

    /// <summary>Completes when the first timer is created (e.g. injected latency has started waiting).</summary>
    public Task TimerCreated => timerCreated.Task;

    /// <summary>Completes when a timer is disposed before it fired (e.g. a delay was cancelled).</summary>
    public Task TimerDisposedUnfired => timerDisposed.Task;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        timerCreated.TrySetResult();
        return timer;
    }

    public void Advance(TimeSpan delta)
    {
        List<ManualTimer> due;
        lock (gate)
        {
            now += delta;
            due = timers.Where(timer => timer.DueAt <= now).ToList();
            foreach (var timer in due)
            {
                timer.Fired = true;
                timers.Remove(timer);
            }
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    // One-shot timers are all the simulator uses (Task.Delay); a period is accepted and ignored.
    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; private set; }

        public bool Fired { get; set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner.gate)
            {
                owner.timers.Remove(this);
                if (dueTime != Timeout.InfiniteTimeSpan)
                {
                    DueAt = owner.now + dueTime;
                    owner.timers.Add(this);
                }
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.timers.Remove(this);
                if (!Fired)
                {
                    owner.timerDisposed.TrySetResult();
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
