namespace OktaSessionMcp.Simulator.Faults;

/// <summary>The current faults; swapped whole so that a request never sees half an update.</summary>
internal sealed class FaultState
{
    private FaultSettings current = FaultSettings.None;

    public FaultSettings Current => Volatile.Read(ref current);

    public FaultSettings Update(FaultUpdate update)
    {
        while (true)
        {
            var before = Current;
            var after = update.ApplyTo(before);
            if (ReferenceEquals(Interlocked.CompareExchange(ref current, after, before), before))
            {
                return after;
            }
        }
    }

    public void Reset() => Volatile.Write(ref current, FaultSettings.None);
}
