namespace OktaSessionMcp.Tests.Policy;

/// <summary>The system clock moved by hand: only "now" is faked; timers stay real, so nothing else in the host changes.</summary>
internal sealed class FakeClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
