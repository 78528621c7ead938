using System.Net.Http.Json;
using System.Text.Json;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Rest;

public sealed class RestLogSecrecyTests
{
    [Fact]
    public async Task EveryRouteAtTrace_Logs_ContainNoTokenNoSessionTokenNoSessionId()
    {
        await using var server = await RunningServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.RestUrl };
        var sessionToken = server.SimulatorClient.MintSessionToken();

        using var created = await http.PostAsJsonAsync("v1/api/v1/sessions", new { sessionToken });
        var sessionId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await http.GetAsync(new Uri($"v1/api/v1/sessions/{sessionId}", UriKind.Relative))).Dispose();
        (await http.PostAsync(new Uri($"v1/api/v1/sessions/{sessionId}/lifecycle/refresh", UriKind.Relative), null)).Dispose();
        (await http.DeleteAsync(new Uri($"v1/api/v1/sessions/{sessionId}", UriKind.Relative))).Dispose();
        (await http.GetAsync(new Uri($"v1/api/v1/sessions/{sessionId}", UriKind.Relative))).Dispose();
        (await http.PostAsJsonAsync("v1/api/v1/sessions", new { sessionToken })).Dispose();

        Assert.NotEmpty(server.Logs.Lines);
        foreach (var secret in new[] { server.Simulator.ApiKey, sessionToken, sessionId })
        {
            // The offending lines, not just "found", so that a failure says which category logged what.
            Assert.DoesNotContain(server.Logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
