using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>The inbound access token never travels on: every request to Okta carries the server's own SSWS token.</summary>
public sealed class NoTokenPassthroughTests
{
    [Fact]
    public async Task EveryTool_WithAnInboundToken_SendsOnlySswsToOkta()
    {
        await using var issuer = await TestIssuer.StartAsync();
        var sent = new ConcurrentQueue<string>();
        await using var server = await RunningServer.StartAsync(
            new Dictionary<string, string?> { ["Auth:OAuthIssuer"] = issuer.Issuer, ["Auth:ResourceUrl"] = OAuthServerFixture.Resource },
            configure: builder => builder.Services.AddHttpClient(nameof(IOktaSessionClient))
                .AddHttpMessageHandler(() => new AuthorizationRecorder(sent)));
        var token = issuer.Token(OAuthServerFixture.Resource, [OAuthServerFixture.Read, OAuthServerFixture.Manage]);
        await using var client = await AuthHttp.ConnectAsync(server, token);

        var created = await client.CallToolAsync(CreateSessionTool.Name,
            new Dictionary<string, object?> { ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() } });
        var sessionId = created.StructuredContent!.Value.GetProperty("id").GetString();
        foreach (var tool in new[] { GetSessionTool.Name, RefreshSessionTool.Name, CloseSessionTool.Name })
        {
            await client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        }

        Assert.Equal(4, sent.Count);
        Assert.All(sent, header =>
        {
            Assert.Equal($"SSWS {server.Simulator.ApiKey}", header);
            Assert.DoesNotContain(token, header, StringComparison.Ordinal);
        });
        Assert.All(await server.SimulatorClient.RequestsAsync(), r => Assert.InRange(r.GetProperty("status").GetInt32(), 200, 299));
    }

    /// <summary>Innermost in the Okta client's pipeline, so it sees the request exactly as it leaves.</summary>
    private sealed class AuthorizationRecorder(ConcurrentQueue<string> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Enqueue(request.Headers.Authorization?.ToString() ?? "(none)");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
