using OktaSessionMcp.Simulator.Faults;

namespace OktaSessionMcp.Simulator.Http;

/// <summary>
/// Fixed one-minute windows aligned on the clock's minutes, as Okta's X-Rate-Limit-Reset implies. The sessions
/// bucket is limited; every other route shares an unlimited bucket that only feeds the headers.
/// </summary>
internal sealed class RateLimiter(SimulatorOptions options, FaultState faults)
{
    private const int WindowSeconds = 60;

    private readonly Window sessions = new();
    private readonly Window others = new();

    public static bool IsSessionsPath(PathString path) => path.StartsWithSegments("/api/v1/sessions", StringComparison.OrdinalIgnoreCase);

    public RateLimitDecision Acquire(bool sessionsBucket)
    {
        var now = options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var windowStart = now - (now % WindowSeconds);
        var count = (sessionsBucket ? sessions : others).Count(windowStart);
        var limit = sessionsBucket ? EffectiveLimit() : 0;
        var reported = limit > 0 ? limit : int.MaxValue;
        return new(reported, Math.Max(0, reported - count), windowStart + WindowSeconds, limit > 0 && count > limit);
    }

    private int EffectiveLimit() => faults.Current.RateLimitPerMinute is > 0 and var injected ? injected : options.RateLimitPerMinute;

    private sealed class Window
    {
        private readonly Lock gate = new();
        private long start = long.MinValue;
        private int count;

        public int Count(long windowStart)
        {
            lock (gate)
            {
                if (windowStart != start)
                {
                    start = windowStart;
                    count = 0;
                }

                count = count == int.MaxValue ? count : count + 1;
                return count;
            }
        }
    }
}
