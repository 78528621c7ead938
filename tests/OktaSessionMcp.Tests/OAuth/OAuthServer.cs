using System.Security.Cryptography;
using System.Text.Json;
using OktaSessionMcp.Simulator;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.OAuth;

/// <summary>
/// The real host in OAuth mode against a simulator that plays Okta's org authorization server: a fresh P-256 key
/// pair, the simulator registered with its public half (or another key, to prove a wrong key is refused).
/// </summary>
public static class OAuthServer
{
    public const string ClientId = "0oaTestServiceApp1234";

    public static async Task<RunningServer> StartAsync(
        bool withApiKey,
        Action<SimulatorOptions>? simulator = null,
        IDictionary<string, string?>? settings = null,
        Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure = null,
        string? privateKeyPem = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var simulatorOptions = new SimulatorOptions { OAuthClientId = ClientId, OAuthClientKey = key.ExportSubjectPublicKeyInfoPem() };
        simulator?.Invoke(simulatorOptions);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Okta:ClientId"] = ClientId,
            ["Okta:PrivateKey"] = privateKeyPem ?? key.ExportPkcs8PrivateKeyPem(),
        };
        if (!withApiKey)
        {
            values["Okta:ApiToken"] = string.Empty;
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
        {
            values[name] = value;
        }

        return await RunningServer.StartAsync(values, configure: configure, simulatorOptions: simulatorOptions);
    }

    /// <summary>The simulator's log as (method, path, status, scheme) lines, e.g. "GET /api/v1/sessions/x 200 DPoP".</summary>
    public static async Task<IReadOnlyList<string>> LogAsync(RunningServer server)
    {
        var requests = await server.SimulatorClient.RequestsAsync();
        return [.. requests.Select(r => $"{r.GetProperty("method").GetString()} {Path(r)} {r.GetProperty("status").GetInt32()} {Scheme(r)}")];
    }

    private static string Path(JsonElement request)
    {
        var target = request.GetProperty("rawTarget").GetString()!;
        return target.StartsWith("/api/v1/sessions/", StringComparison.Ordinal) ? "/api/v1/sessions/{id}" + (target.EndsWith("/refresh", StringComparison.Ordinal) ? "/lifecycle/refresh" : string.Empty) : target;
    }

    private static string Scheme(JsonElement request) =>
        request.TryGetProperty("scheme", out var scheme) ? scheme.GetString()! : request.TryGetProperty("dpop", out _) ? "proof" : "none";
}
