using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>Okta's refusals and failures on the way to Okta, as the adapter's callers see them.</summary>
public sealed class RestUpstreamFailureTests : IDisposable
{
    private const string UnknownSession = "v1/api/v1/sessions/102UnknownSession0000000";
    private const string RefreshUnknown = UnknownSession + "/lifecycle/refresh";
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Get_ServerTokenRejectedByOkta_Is401WithOktasBody()
    {
        const string wrongToken = "wrong-api-token-for-this-test-0000";
        await using var server = await RunningServer.StartAsync(apiToken: wrongToken);

        using var response = await _http.GetAsync(new Uri(server.RestUrl!, UnknownSession));

        var error = await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.Unauthorized, "E0000011");
        Assert.DoesNotContain(wrongToken, error.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RateLimitSpent_Is429WithOktasBodyAndResetHeader()
    {
        // No waiting out the reset here: this test is about what the adapter passes on, not the client's retries.
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Okta:MaxRateLimitWaitSeconds"] = "0" });
        await server.SetFaultsAsync(new { rateLimitPerMinute = 1 });

        // One request is allowed per minute window; a third covers the rare case that a window ends between the first two.
        HttpResponseMessage response = null!;
        for (var attempt = 0; attempt < 3 && response?.StatusCode != HttpStatusCode.TooManyRequests; attempt++)
        {
            response?.Dispose();
            response = await _http.GetAsync(new Uri(server.RestUrl!, UnknownSession));
        }

        using (response)
        {
            await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.TooManyRequests, "E0000047");
            var reset = long.Parse(Assert.Single(response.Headers.GetValues("X-Rate-Limit-Reset")), CultureInfo.InvariantCulture);
            Assert.True(reset > DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds());
        }
    }

    // Okta's own error passes through with its status and body; a dropped connection or an answer that is not Okta's
    // JSON becomes the adapter's 502 in Okta's error shape, with a code of its own.
    [Theory]
    [InlineData("POST", RefreshUnknown, """{"errorRate":1.0,"errorStatus":503}""", HttpStatusCode.ServiceUnavailable, "E0000009")]
    [InlineData("POST", RefreshUnknown, """{"dropRate":1.0}""", HttpStatusCode.BadGateway, "OSM00001")]
    [InlineData("GET", UnknownSession, """{"malformedRate":1.0}""", HttpStatusCode.BadGateway, "OSM00003")]
    public async Task Route_OktaFault_IsOktaErrorShapeWithItsStatusAndCode(string method, string route, string faults, HttpStatusCode status, string code)
    {
        await using var server = await RunningServer.StartAsync();
        await server.SetFaultsAsync(JsonNode.Parse(faults)!);
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(server.RestUrl!, route));

        using var response = await _http.SendAsync(request);

        await RestResponseAssert.OktaErrorAsync(response, status, code);
    }

    [Fact]
    public async Task Refresh_OktaTooSlow_Is504()
    {
        // The client's attempt timeout is shortened for this test; the simulator holds its answer far longer.
        await using var server = await RunningServer.StartAsync(configure: builder =>
            builder.Services.PostConfigure<OktaClientOptions>(o =>
            {
                o.AttemptTimeout = TimeSpan.FromMilliseconds(100);
                o.TotalTimeout = TimeSpan.FromMilliseconds(200);
            }));
        await server.SetFaultsAsync(new { latencyMs = 600_000 });

        using var response = await _http.PostAsync(new Uri(server.RestUrl!, RefreshUnknown), null);

        await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.GatewayTimeout, "OSM00002");
    }
}
