using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>A server that accepts OAuth access tokens from a <see cref="TestIssuer"/>, shared by the tests of a class.</summary>
public sealed class OAuthServerFixture : IAsyncLifetime
{
    public const string Resource = "https://okta-session-mcp.test/mcp";
    public const string Read = "sessions:read";
    public const string Manage = "sessions:manage";

    internal TestIssuer Issuer { get; private set; } = null!;

    public RunningServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await TestIssuer.StartAsync();
        Server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Auth:OAuthIssuer"] = Issuer.Issuer,
            ["Auth:ResourceUrl"] = Resource,
        });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    internal string Token(params string[] scopes) => Issuer.Token(Resource, scopes);
}
