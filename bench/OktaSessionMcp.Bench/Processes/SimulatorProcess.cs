using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OktaSessionMcp.Bench.Processes;

/// <summary>The Okta simulator as its own process, unlimited (a rate limit would cap every path alike), on a free port.</summary>
internal sealed class SimulatorProcess(ChildProcess process, Uri baseUrl, string apiKey) : IAsyncDisposable
{
    public const string DemoLogin = "alice@example.com";

    public ChildProcess Process => process;

    public Uri BaseUrl => baseUrl;

    public string ApiKey => apiKey;

    public AuthenticationHeaderValue Authorization => new("SSWS", apiKey);

    public static async Task<SimulatorProcess> StartAsync(RepoPaths paths, HttpClient http, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var apiKey = "bench-" + Guid.NewGuid().ToString("N");
        var process = ChildProcess.Start(ChildProcess.DotnetHost,
        [
            paths.SimulatorDll, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--api-key", apiKey,
            "--rate-limit-per-minute", "0", "--session-lifetime-minutes", "600",
        ], Path.GetDirectoryName(paths.SimulatorDll)!, RepoPaths.LogFile("simulator"));
        var simulator = new SimulatorProcess(process, new Uri($"http://127.0.0.1:{port}/"), apiKey);
        await Readiness.WaitAsync(process, async () =>
        {
            using var response = await http.GetAsync(new Uri(simulator.BaseUrl, "__sim/health"), cancellationToken);
            return response.IsSuccessStatusCode;
        }, cancellationToken);
        return simulator;
    }

    /// <summary>Mints a session token for the demo user and redeems it: the session every path then reads.</summary>
    public async Task<string> CreateSessionAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var minted = await http.PostAsJsonAsync(new Uri(baseUrl, "__sim/session-tokens"), new { login = DemoLogin }, cancellationToken);
        var token = (await ReadJsonAsync(minted, cancellationToken)).GetProperty("sessionToken").GetString();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "api/v1/sessions"))
        {
            Content = JsonContent.Create(new { sessionToken = token }),
        };
        request.Headers.Authorization = Authorization;
        using var created = await http.SendAsync(request, cancellationToken);
        return (await ReadJsonAsync(created, cancellationToken)).GetProperty("id").GetString()
            ?? throw new InvalidOperationException("The simulator returned a session without an id.");
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();

    private static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Simulator answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
