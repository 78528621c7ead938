using System.Text.Json;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>One entry of the simulator's request log; Status 0 means no answer reached the client.</summary>
public sealed record SimulatorRequest(string Method, string RawTarget, int Status, string RequestId, string? RetryFor, string? RetryCount)
{
    public static SimulatorRequest From(JsonElement entry) => new(
        entry.GetProperty("method").GetString()!,
        entry.GetProperty("rawTarget").GetString()!,
        entry.GetProperty("status").GetInt32(),
        entry.GetProperty("requestId").GetString()!,
        entry.TryGetProperty("retryFor", out var retryFor) ? retryFor.GetString() : null,
        entry.TryGetProperty("retryCount", out var retryCount) ? retryCount.GetString() : null);
}
