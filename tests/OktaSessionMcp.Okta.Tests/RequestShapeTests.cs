namespace OktaSessionMcp.Okta.Tests;

/// <summary>Each operation sends exactly the request Okta's description defines.</summary>
public sealed class RequestShapeTests : IDisposable
{
    private readonly OktaTestHost host = new();

    private static string ExpectedUserAgent =>
        "okta-session-mcp/" + typeof(IOktaSessionClient).Assembly.GetName().Version!.ToString(3);

    [Fact]
    public async Task CreateSessionAsync_ValidToken_PostsSessionTokenAsJson()
    {
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Session());

        var session = await host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None);

        var request = Assert.Single(host.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/api/v1/sessions", request.RawPathAndQuery);
        AssertCommonHeaders(request);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        Assert.Equal($$"""{"sessionToken":"{{OktaTestHost.SessionToken}}"}""", request.Body);
        Assert.Equal(request.Body!.Length, request.ContentLength);
        Assert.Equal(OktaTestHost.SessionId, session.Id);
    }

    [Fact]
    public async Task GetSessionAsync_ValidId_GetsSessionPathWithoutBody()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var request = Assert.Single(host.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(OktaTestHost.SessionPath, request.RawPathAndQuery);
        AssertCommonHeaders(request);
        Assert.Null(request.Body);
        Assert.Equal("ACTIVE", session.Status);
    }

    [Fact]
    public async Task CloseSessionAsync_ValidId_DeletesSessionPathWithoutBody()
    {
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, OktaResponses.NoContent);

        await host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var request = Assert.Single(host.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal(OktaTestHost.SessionPath, request.RawPathAndQuery);
        AssertCommonHeaders(request);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task CloseSessionAsync_OktaAnswers200_Succeeds()
    {
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => OktaResponses.Session());

        await host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Single(host.Requests);
    }

    [Fact]
    public async Task RefreshSessionAsync_ValidId_PostsRefreshPathWithEmptyBody()
    {
        host.On(HttpMethod.Post, OktaTestHost.SessionPath + "/lifecycle/refresh", () => OktaResponses.Session());

        var session = await host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        var request = Assert.Single(host.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(OktaTestHost.SessionPath + "/lifecycle/refresh", request.RawPathAndQuery);
        AssertCommonHeaders(request);
        Assert.Equal(0, request.ContentLength);
        Assert.Null(request.ContentType);
        Assert.Equal(string.Empty, request.Body);
        Assert.Equal(OktaTestHost.SessionId, session.Id);
    }

    private static void AssertCommonHeaders(RecordedRequest request)
    {
        Assert.Equal($"SSWS {OktaTestHost.ApiToken}", request.Authorization);
        Assert.Equal("application/json", request.Accept);
        Assert.Equal(ExpectedUserAgent, request.UserAgent);
    }

    public void Dispose() => host.Dispose();
}
