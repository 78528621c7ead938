using System.Text.Json.Serialization;
using OktaSessionMcp.Simulator.Json;

namespace OktaSessionMcp.Simulator.Faults;

/// <summary>Body of <c>POST /__sim/faults</c>: omitted fields keep their value; unknown fields are refused (typos).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed record FaultUpdate(
    int? LatencyMs,
    int? RateLimitPerMinute,
    double? ErrorRate,
    int? ErrorStatus,
    double? MalformedRate,
    double? DropRate)
{
    // An hour is far beyond any client timeout worth testing; a larger value is more likely a unit mistake.
    private const int MaxLatencyMs = 3_600_000;

    public FaultSettings ApplyTo(FaultSettings current) => new(
        LatencyMs ?? current.LatencyMs,
        RateLimitPerMinute ?? current.RateLimitPerMinute,
        ErrorRate ?? current.ErrorRate,
        ErrorStatus ?? current.ErrorStatus,
        MalformedRate ?? current.MalformedRate,
        DropRate ?? current.DropRate);

    public IReadOnlyList<ErrorCause> Validate()
    {
        var causes = new List<ErrorCause>();
        if (LatencyMs is < 0 or > MaxLatencyMs)
        {
            causes.Add(new($"latencyMs: must be between 0 and {MaxLatencyMs}"));
        }

        if (RateLimitPerMinute < 0)
        {
            causes.Add(new("rateLimitPerMinute: must be 0 (configured limit) or more"));
        }

        if (ErrorStatus is < 400 or > 599)
        {
            causes.Add(new("errorStatus: must be an HTTP error status between 400 and 599"));
        }

        AddIfNotProbability(causes, "errorRate", ErrorRate);
        AddIfNotProbability(causes, "malformedRate", MalformedRate);
        AddIfNotProbability(causes, "dropRate", DropRate);
        return causes;
    }

    private static void AddIfNotProbability(List<ErrorCause> causes, string name, double? rate)
    {
        if (rate is { } value && !(value is >= 0 and <= 1))
        {
            causes.Add(new($"{name}: must be a probability between 0 and 1"));
        }
    }
}
