namespace OktaSessionMcp.Bench.Phases;

/// <summary>The server's resident memory (MiB) idle, with the sessions open, and after they were deleted.</summary>
/// <param name="SecondRound">After as many sessions again were opened and deleted.</param>
internal sealed record MemoryResult(string Build, int Sessions, double Idle, double Open, double Closed, double SecondRound, TimeSpan Settle)
{
    public double AddedBySessions => Open - Idle;

    /// <summary>How far above idle the server stays once the sessions are gone, as a fraction of idle.</summary>
    public double ResidueFraction => (Closed - Idle) / Idle;
}
