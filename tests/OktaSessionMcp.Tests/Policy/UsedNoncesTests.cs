using Microsoft.Extensions.Time.Testing;
using OktaSessionMcp.Policy;

namespace OktaSessionMcp.Tests.Policy;

public sealed class UsedNoncesTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public void TryUse_SameNonceTwice_IsFirstThenAgain()
    {
        var nonces = new UsedNonces(_clock);
        var expires = _clock.GetUtcNow().AddMinutes(5);

        Assert.Equal(NonceUse.First, nonces.TryUse("a", expires));
        Assert.Equal(NonceUse.Again, nonces.TryUse("a", expires));
    }

    [Fact]
    public void TryUse_WhenFull_ForgetsExpiredNoncesAndStaysBounded()
    {
        var nonces = new UsedNonces(_clock, capacity: 2);
        var soon = _clock.GetUtcNow().AddMinutes(1);
        Assert.Equal(NonceUse.First, nonces.TryUse("a", soon));
        Assert.Equal(NonceUse.First, nonces.TryUse("b", soon.AddMinutes(10)));
        Assert.Equal(NonceUse.Full, nonces.TryUse("c", soon));

        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(NonceUse.First, nonces.TryUse("c", _clock.GetUtcNow().AddMinutes(5)));
        Assert.Equal(NonceUse.Again, nonces.TryUse("b", soon));
        Assert.Equal(2, nonces.Count);
    }
}
