using System.Net;
using System.Text.Json;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>The RFC 9728 document: where it is served, and what it says.</summary>
public sealed class ProtectedResourceMetadataTests(OAuthServerFixture fixture) : IClassFixture<OAuthServerFixture>
{
    [Theory]
    [InlineData("/.well-known/oauth-protected-resource/mcp")]
    [InlineData("/.well-known/oauth-protected-resource")]
    public async Task Get_EitherForm_ListsResourceIssuerScopesAndHeaderMethod(string path)
    {
        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(fixture.Server.McpUrl, path), token: null);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var metadata = document.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OAuthServerFixture.Resource, metadata.GetProperty("resource").GetString());
        Assert.Equal<string>([fixture.Issuer.Issuer], Strings(metadata, "authorization_servers"));
        Assert.Equal<string>(["sessions:read", "sessions:manage"], Strings(metadata, "scopes_supported"));
        Assert.Equal<string>(["header"], Strings(metadata, "bearer_methods_supported"));
    }

    [Fact]
    public async Task Get_OnTheRestPort_IsNotServed()
    {
        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(fixture.Server.RestUrl!, ".well-known/oauth-protected-resource"), token: null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_NoResourceUrlConfigured_ResourceIsTheMcpEndpoint()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Auth:OAuthIssuer"] = fixture.Issuer.Issuer });

        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(server.McpUrl, "/.well-known/oauth-protected-resource/mcp"), token: null);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(server.McpUrl.ToString(), document.RootElement.GetProperty("resource").GetString());
    }

    [Fact]
    public async Task Get_AuthenticationOff_IsNotFound()
    {
        await using var server = await RunningServer.StartAsync();

        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(server.McpUrl, "/.well-known/oauth-protected-resource"), token: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static List<string> Strings(JsonElement element, string name) =>
        [.. element.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? "")];
}
