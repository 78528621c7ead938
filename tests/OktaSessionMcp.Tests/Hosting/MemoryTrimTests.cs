using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>Once start-up has settled, and after a burst of closed stateful sessions and a quiet second, one full collection gives memory back.</summary>
public sealed class MemoryTrimTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ApplicationLifetime _lifetime = new(NullLogger<ApplicationLifetime>.Instance);

    [Theory]
    [InlineData(MemoryTrim.Burst - 1, 0)]
    [InlineData(MemoryTrim.Burst, 1)]
    public void OnClosed_BurstThenQuiet_CollectsOnceForTheBurst(int closed, int collections)
    {
        using var trim = new MemoryTrim(_clock, _lifetime);

        for (var i = 0; i < closed; i++)
        {
            trim.OnClosed();
        }

        AssertCollectsAfterSettle(trim, collections);
    }

    [Fact]
    public async Task Started_ThenQuiet_CollectsOnce()
    {
        using var trim = new MemoryTrim(_clock, _lifetime);
        await trim.StartAsync(CancellationToken.None);
        _clock.Advance(MemoryTrim.Settle * 10);
        Assert.Equal(0, trim.Collections); // nothing before the host has started

        _lifetime.NotifyStarted();

        AssertCollectsAfterSettle(trim, 1);
    }

    private void AssertCollectsAfterSettle(MemoryTrim trim, int collections)
    {
        _clock.Advance(MemoryTrim.Settle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, trim.Collections);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(collections, trim.Collections);
        _clock.Advance(MemoryTrim.Settle * 10);
        Assert.Equal(collections, trim.Collections);
    }
}
