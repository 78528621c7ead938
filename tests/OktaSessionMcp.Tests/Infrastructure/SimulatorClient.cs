using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>Talks to the simulator the way a test needs it: its control surface (/__sim/), and sessions made behind the server's back.</summary>
public sealed class SimulatorClient(OktaSimulator simulator) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = simulator.BaseUrl };

    public string MintSessionToken() => simulator.MintSessionToken(simulator.Users[0].Login);

    /// <summary>Creates an Okta session straight at the simulator (not through the server under test), then clears its request log.</summary>
    public async Task<string> NewSessionAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions")
        {
            Content = JsonContent.Create(new { sessionToken = MintSessionToken() }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("SSWS", simulator.ApiKey);
        using var response = await _http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
        await ClearRequestsAsync(cancellationToken);
        return id;
    }

    public async Task<IReadOnlyList<JsonElement>> RequestsAsync(CancellationToken cancellationToken = default)
    {
        var requests = await _http.GetFromJsonAsync<JsonElement>("/__sim/requests", cancellationToken);
        return [.. requests.EnumerateArray()];
    }

    public async Task ClearRequestsAsync(CancellationToken cancellationToken = default) =>
        (await _http.DeleteAsync(new Uri("/__sim/requests", UriKind.Relative), cancellationToken)).EnsureSuccessStatusCode();

    public void Dispose() => _http.Dispose();
}
