using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tests.Auth;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Audit;

/// <summary>The audit record of a tool call: who, what, how it ended, Okta's status and request id, and no secret.</summary>
public sealed class ToolCallAuditTests
{
    private const string Key = "audited-key-0123456789abcdef";

    [Fact]
    public async Task ToolCall_ByStaticKey_RecordsCallerOutcomeOktaAnswerAndFingerprint()
    {
        var audit = new AuditCapture();
        await using var server = await audit.StartServerAsync(new Dictionary<string, string?> { ["MCP_AUTH_KEYS"] = $"nightly-job:{Key}" });
        await using var client = await AuthHttp.ConnectAsync(server, Key);
        var created = await client.CallToolAsync(CreateSessionTool.Name,
            new Dictionary<string, object?> { ["body"] = new { sessionToken = server.SimulatorClient.MintSessionToken() } });
        var sessionId = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        await server.SimulatorClient.ClearRequestsAsync();

        await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        var record = audit.Of(GetSessionTool.Name);
        var oktaRequest = Assert.Single(await server.SimulatorClient.RequestsAsync());
        Assert.Equal("mcp", record["Transport"]);
        Assert.Equal("nightly-job", record["Caller"]);
        Assert.Equal("key", record["AuthMethod"]);
        Assert.Equal("success", record["Outcome"]);
        Assert.Equal("200", record["OktaStatus"]);
        Assert.Equal(oktaRequest.GetProperty("requestId").GetString(), record["OktaRequestId"]);
        Assert.Equal(OktaIdentifiers.Fingerprint(sessionId), record["Session"]);
        Assert.True(DateTimeOffset.TryParse(record["At"], System.Globalization.CultureInfo.InvariantCulture, out _));
        // Milliseconds rounded to a tenth, never negative, in the invariant culture.
        Assert.Matches(@"^\d+(\.\d)?$", record["DurationMs"]);
        Assert.Equal(OktaIdentifiers.Fingerprint(sessionId), audit.Of(CreateSessionTool.Name)["Session"]);
        Assert.DoesNotContain(audit.Records.SelectMany(r => r.Values), v => v.Contains(sessionId, StringComparison.Ordinal) || v.Contains(Key, StringComparison.Ordinal));
    }

    /// <summary>Failed calls by a local client without credentials: tool, session id, Okta's status, the session as recorded.</summary>
    public static TheoryData<string, string, string, string> FailedCalls => new()
    {
        // Okta answered 404: its status is recorded, the session by its fingerprint.
        { CloseSessionTool.Name, "102unknownSession000000000", "404", OktaIdentifiers.Fingerprint("102unknownSession000000000") },
        // Refused before any Okta call: no status, and no fingerprint of an invalid id.
        { GetSessionTool.Name, "not a session id\n", "", "invalid" },
    };

    [Theory]
    [MemberData(nameof(FailedCalls))]
    public async Task ToolCall_Failed_RecordsErrorWithOktaStatusIfAnyAndSession(string tool, string sessionId, string oktaStatus, string session)
    {
        var audit = new AuditCapture();
        await using var server = await audit.StartServerAsync();
        await using var client = await server.ConnectAsync();

        await client.CallToolAsync(tool, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        var record = audit.Of(tool);
        Assert.Equal("error", record["Outcome"]);
        Assert.Equal(oktaStatus, record["OktaStatus"]);
        Assert.Equal(session, record["Session"]);
        Assert.Equal("local", record["Caller"]);
        Assert.Equal("none", record["AuthMethod"]);
    }

    [Fact]
    public async Task ToolCall_MissingScope_IsAuditedAsForbidden()
    {
        var audit = new AuditCapture();
        var keysFile = Path.GetTempFileName();
        await File.WriteAllLinesAsync(keysFile, [$"viewer:{StaticKeyLoaderTests.Sha256Hex(Key)}:sessions:read"]);
        try
        {
            await using var server = await audit.StartServerAsync(new Dictionary<string, string?> { ["Auth:KeysFile"] = keysFile });

            using var response = await AuthHttp.PostMcpAsync(server.McpUrl, AuthHttp.ToolCall(CloseSessionTool.Name), Key);

            var record = audit.Of(CloseSessionTool.Name);
            Assert.Equal("forbidden", record["Outcome"]);
            Assert.Equal("403", record["Status"]);
            Assert.Equal("viewer", record["Caller"]);
        }
        finally
        {
            File.Delete(keysFile);
        }
    }
}
