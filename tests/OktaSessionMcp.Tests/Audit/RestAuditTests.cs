using System.Net;
using System.Net.Http.Json;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tests.Auth;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Audit;

public sealed class RestAuditTests
{
    [Fact]
    public async Task RestCalls_RecordOperationStatusOktaAnswerAndFingerprint()
    {
        var audit = new AuditCapture();
        await using var server = await audit.StartServerAsync();
        using var http = new HttpClient { BaseAddress = server.RestUrl };
        using var created = await http.PostAsJsonAsync("v1/api/v1/sessions", new { sessionToken = server.SimulatorClient.MintSessionToken() });
        var sessionId = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;

        using var revoked = await http.DeleteAsync(new Uri($"v1/api/v1/sessions/{sessionId}", UriKind.Relative));
        using var missing = await http.GetAsync(new Uri($"v1/api/v1/sessions/{sessionId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        var revoke = audit.Of("revokeSession");
        Assert.Equal("rest", revoke["Transport"]);
        Assert.Equal("success", revoke["Outcome"]);
        Assert.Equal("204", revoke["Status"]);
        Assert.Equal("204", revoke["OktaStatus"]);
        Assert.NotEqual("", revoke["OktaRequestId"]);
        Assert.Equal(OktaIdentifiers.Fingerprint(sessionId), revoke["Session"]);
        Assert.Equal("local", revoke["Caller"]);
        var get = audit.Of("getSession");
        Assert.Equal(("error", "404", "404"), (get["Outcome"], get["Status"], get["OktaStatus"]));
        Assert.Equal("success", audit.Of("createSession")["Outcome"]);
        Assert.DoesNotContain(audit.Records.SelectMany(r => r.Values), v => v.Contains(sessionId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RestCall_Unauthenticated_IsAuditedWithoutCaller()
    {
        var audit = new AuditCapture();
        await using var server = await audit.StartServerAsync(new Dictionary<string, string?> { ["MCP_AUTH_KEYS"] = "ops:a-long-random-key-0123456789" });

        using var response = await AuthHttp.SendAsync(HttpMethod.Get, new Uri(server.RestUrl!, "v1/api/v1/sessions/102unknownSession000000000"), token: null);

        var record = audit.Of("getSession");
        Assert.Equal(("unauthenticated", "401", "local"), (record["Outcome"], record["Status"], record["Caller"]));
    }
}
