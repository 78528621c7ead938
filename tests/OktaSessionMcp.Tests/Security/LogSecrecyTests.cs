using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tests.OAuth;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Security;

public sealed class LogSecrecyTests
{
    [Fact]
    public async Task FullRunAtTrace_Logs_ContainNoTokenNoSessionTokenNoSessionId()
    {
        await using var server = await RunningServer.StartAsync();
        await using var client = await server.ConnectAsync();
        var sessionToken = server.SimulatorClient.MintSessionToken();

        var sessionId = await RunEveryToolAsync(client, sessionToken);
        // The spent token once more: Okta's refusal is logged too.
        await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken } });

        var logs = server.Logs.AllText;
        Assert.NotEmpty(server.Logs.Lines);
        Assert.DoesNotContain(server.Simulator.ApiKey, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(sessionId, logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullRunAtTrace_OAuthWithDPoP_LogsContainNoAccessTokenAssertionProofOrKey()
    {
        var secrets = new ConcurrentBag<string>();
        await using var server = await OAuthServer.StartAsync(withApiKey: true, configure: builder =>
            builder.Services.Configure<HttpClientFactoryOptions>(nameof(IOktaSessionClient), options =>
                options.HttpMessageHandlerBuilderActions.Add(handlers => handlers.AdditionalHandlers.Add(new OktaWireRecorder(secrets)))));
        await using var client = await server.ConnectAsync();
        var sessionToken = server.SimulatorClient.MintSessionToken();
        var sessionId = await RunEveryToolAsync(client, sessionToken);

        // A renewal too: every issued token ends, and the next call fetches another.
        using (var http = new HttpClient { BaseAddress = server.Simulator.BaseUrl })
        {
            (await http.DeleteAsync(new Uri("/__sim/oauth/tokens", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        var keyLines = server.App.Configuration["Okta:PrivateKey"]!.Split('\n').Where(line => line.Length > 0 && !line.StartsWith("-----", StringComparison.Ordinal)).ToList();
        var all = secrets.Concat(keyLines).Append(server.Simulator.ApiKey).Append(sessionToken).Append(sessionId).ToList();
        Assert.True(secrets.Count(s => s.StartsWith("sim-at-", StringComparison.Ordinal)) >= 4, "the recorder must have seen the access tokens (two issued, each sent)");
        Assert.True(secrets.Count(s => s.Count(c => c == '.') == 2) >= 8, "the recorder must have seen the assertions and proofs");
        var logs = server.Logs.AllText;
        Assert.NotEmpty(server.Logs.Lines);
        foreach (var secret in all)
        {
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"a log line holds a secret starting '{secret[..6]}'");
        }
    }

    /// <summary>Creates a session with the token, then gets, refreshes and closes it and gets it once more; returns its id.</summary>
    private static async Task<string> RunEveryToolAsync(McpClient client, string sessionToken)
    {
        var created = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken } });
        var sessionId = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        foreach (var tool in new[] { GetSessionTool.Name, RefreshSessionTool.Name, CloseSessionTool.Name, GetSessionTool.Name })
        {
            await client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        }

        return sessionId;
    }
}
