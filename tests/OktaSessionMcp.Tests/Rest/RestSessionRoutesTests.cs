using System.Net;
using System.Net.Http.Json;
using System.Text;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>Each REST route against the simulator: Okta's statuses and bodies pass through; bad input never leaves.</summary>
public sealed class RestSessionRoutesTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    private const string Sessions = "v1/api/v1/sessions";
    private const string UnknownId = "102UnknownSession0000000";
    private readonly RunningServer _server = shared.Server;
    private readonly HttpClient _http = new() { BaseAddress = shared.Server.RestUrl };

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task FullLifecycle_CreateGetRefreshRevoke_AnswersAsOktaDoes()
    {
        using var create = await _http.PostAsJsonAsync(Sessions, new { sessionToken = _server.SimulatorClient.MintSessionToken() });
        var created = await RestResponseAssert.JsonAsync(create, HttpStatusCode.OK);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("ACTIVE", created.GetProperty("status").GetString());
        Assert.Equal(_server.Simulator.Users[0].Login, created.GetProperty("login").GetString());
        Assert.EndsWith("Z", created.GetProperty("expiresAt").GetString(), StringComparison.Ordinal);

        using var get = await _http.GetAsync(new Uri($"{Sessions}/{id}", UriKind.Relative));
        Assert.Equal(id, (await RestResponseAssert.JsonAsync(get, HttpStatusCode.OK)).GetProperty("id").GetString());

        using var refresh = await _http.PostAsync(new Uri($"{Sessions}/{id}/lifecycle/refresh", UriKind.Relative), null);
        var refreshed = await RestResponseAssert.JsonAsync(refresh, HttpStatusCode.OK);
        Assert.True(refreshed.GetProperty("expiresAt").GetDateTimeOffset() >= created.GetProperty("expiresAt").GetDateTimeOffset());

        using var revoke = await _http.DeleteAsync(new Uri($"{Sessions}/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Empty(await revoke.Content.ReadAsByteArrayAsync());

        using var gone = await _http.GetAsync(new Uri($"{Sessions}/{id}", UriKind.Relative));
        await RestResponseAssert.OktaErrorAsync(gone, HttpStatusCode.NotFound, "E0000007");
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/lifecycle/refresh")]
    public async Task SessionRoute_UnknownSession_Is404WithOktasBody(string method, string suffix)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), $"{Sessions}/{UnknownId}{suffix}");

        using var response = await _http.SendAsync(request);

        var error = await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.NotFound, "E0000007");
        Assert.StartsWith("Not found", error.GetProperty("errorSummary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_UsedSessionToken_Is401WithOktasBody()
    {
        var token = _server.SimulatorClient.MintSessionToken();
        using var first = await _http.PostAsJsonAsync(Sessions, new { sessionToken = token });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await _http.PostAsJsonAsync(Sessions, new { sessionToken = token });

        var error = await RestResponseAssert.OktaErrorAsync(second, HttpStatusCode.Unauthorized, "E0000004");
        Assert.DoesNotContain(token, error.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id%20with%20spaces")]
    [InlineData("abc%2F..")]
    [InlineData("%C3%BCn%C3%AFcode")]
    [InlineData("a2345678901234567890123456789012345678901234567890123456789012345")]
    [InlineData("me")]
    [InlineData("Me")]
    public async Task SessionRoutes_MalformedId_Are400AndSendNothing(string rawId)
    {
        await _server.SimulatorClient.ClearRequestsAsync();

        foreach (var (method, suffix) in new[] { ("GET", ""), ("DELETE", ""), ("POST", "/lifecycle/refresh") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"{Sessions}/{rawId}{suffix}");
            using var response = await _http.SendAsync(request);
            var error = await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.BadRequest, "E0000001");
            Assert.Contains("sessionId", error.GetProperty("errorSummary").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(await _server.SimulatorClient.RequestsAsync());
    }

    [Theory]
    [InlineData("""{"sessionToken": "has spaces in it"}""", "application/json", HttpStatusCode.BadRequest, "E0000001")]
    [InlineData("""{"sessionToken": 42}""", "application/json", HttpStatusCode.BadRequest, "E0000001")]
    [InlineData("""{"sessionToken": "\ud800abc"}""", "application/json", HttpStatusCode.BadRequest, "E0000001")]
    [InlineData("""{}""", "application/json", HttpStatusCode.BadRequest, "E0000001")]
    [InlineData("""["sessionToken"]""", "application/json", HttpStatusCode.BadRequest, "E0000001")]
    [InlineData("""{"sessionToken": """, "application/json", HttpStatusCode.BadRequest, "E0000003")]
    [InlineData("""{"sessionToken": "abc"}""", "text/plain", HttpStatusCode.UnsupportedMediaType, "E0000003")]
    public async Task Create_BadBody_IsRefusedAndSendsNothing(string body, string mediaType, HttpStatusCode status, string errorCode)
    {
        await _server.SimulatorClient.ClearRequestsAsync();

        using var response = await _http.PostAsync(new Uri(Sessions, UriKind.Relative), new StringContent(body, Encoding.UTF8, mediaType));

        await RestResponseAssert.OktaErrorAsync(response, status, errorCode);
        Assert.Empty(await _server.SimulatorClient.RequestsAsync());
    }

    [Fact]
    public async Task Create_OversizedBody_IsRefusedAndSendsNothing()
    {
        await _server.SimulatorClient.ClearRequestsAsync();
        var body = $$"""{"sessionToken": "abc", "padding": "{{new string('x', 64 * 1024)}}"}""";

        using var response = await _http.PostAsync(new Uri(Sessions, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "E0000003");
        Assert.Empty(await _server.SimulatorClient.RequestsAsync());
    }
}
