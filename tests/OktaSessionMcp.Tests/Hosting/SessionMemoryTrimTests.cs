using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>After a burst of closed stateful sessions and a quiet second, one full collection gives their memory back.</summary>
public sealed class SessionMemoryTrimTests
{
    [Theory]
    [InlineData(SessionMemoryTrim.Burst - 1, 0)]
    [InlineData(SessionMemoryTrim.Burst, 1)]
    public void OnClosed_BurstThenQuiet_CollectsOnceForTheBurst(int closed, int collections)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var trim = new SessionMemoryTrim(clock);

        for (var i = 0; i < closed; i++)
        {
            trim.OnClosed();
        }

        clock.Advance(SessionMemoryTrim.Settle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, trim.Collections);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(collections, trim.Collections);
        clock.Advance(SessionMemoryTrim.Settle * 10);
        Assert.Equal(collections, trim.Collections);
    }
}
