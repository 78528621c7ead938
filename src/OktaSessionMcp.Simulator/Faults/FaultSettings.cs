namespace OktaSessionMcp.Simulator.Faults;

/// <summary>
/// The faults injected into <c>/api/v1/*</c>; 0 switches each one off. Rates are probabilities in [0, 1].
/// </summary>
/// <param name="LatencyMs">Delay before answering, on the simulator's clock.</param>
/// <param name="RateLimitPerMinute">Overrides the configured per-minute limit of <c>/api/v1/sessions*</c> when above 0.</param>
/// <param name="ErrorRate">Share of requests answered with <paramref name="ErrorStatus"/> and an Okta error body.</param>
/// <param name="ErrorStatus">The status those requests get (400-599).</param>
/// <param name="MalformedRate">Share of requests answered 200 with an HTML body.</param>
/// <param name="DropRate">Share of requests whose connection is closed without an answer.</param>
internal sealed record FaultSettings(
    int LatencyMs,
    int RateLimitPerMinute,
    double ErrorRate,
    int ErrorStatus,
    double MalformedRate,
    double DropRate)
{
    public static FaultSettings None { get; } = new(0, 0, 0, 503, 0, 0);
}
