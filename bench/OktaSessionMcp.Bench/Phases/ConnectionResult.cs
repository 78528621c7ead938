namespace OktaSessionMcp.Bench.Phases;

/// <summary>How many connections the stateless server opened to the simulator over its whole life.</summary>
/// <param name="Calls">Successful calls served meanwhile (MCP and REST, warm-ups included), each one Okta call.</param>
/// <param name="DedicatedCalls">The successful calls of the final run at <paramref name="Concurrency"/>, made for this count.</param>
/// <param name="DedicatedFailures">Calls of that run that failed.</param>
internal sealed record ConnectionResult(
    long Calls, int DedicatedCalls, int DedicatedFailures, int Concurrency, int OpenedByServer, int Unattributed)
{
    public bool WithinConcurrency => OpenedByServer + Unattributed <= Concurrency;
}
