using System.Net.Http.Json;
using System.Text.Json;
using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>Talks to the simulator's control surface (/__sim/) the way a test needs it.</summary>
public sealed class SimulatorClient(OktaSimulator simulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = simulator.BaseUrl };

    public string MintSessionToken() => simulator.MintSessionToken(simulator.Users[0].Login);

    public async Task<IReadOnlyList<JsonElement>> RequestsAsync(CancellationToken cancellationToken = default)
    {
        var requests = await _http.GetFromJsonAsync<JsonElement>("/__sim/requests", cancellationToken);
        return [.. requests.EnumerateArray()];
    }

    public async Task ClearRequestsAsync(CancellationToken cancellationToken = default) =>
        (await _http.DeleteAsync(new Uri("/__sim/requests", UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();

    public void Dispose() => _http.Dispose();
}
