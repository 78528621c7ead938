using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using Microsoft.Extensions.Logging;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// Issue 18, items 2 to 4, on both the 2025-11-25 and 2026-07-28 paths: names that cannot be a tool or method are
/// refused before the SDK logs them; a duplicate key anywhere is refused, never a 500; text that is not valid Unicode in
/// an argument is a tool error naming it. Nothing reaches Okta, and the server serves on.
/// </summary>
public sealed class HardeningTests(BadInputServer fixture) : IClassFixture<BadInputServer>
{
    private const string Get = GetSessionTool.Name;

    private static readonly string[] Versions = [RawMcp.July2026, "2025-11-25"];

    // {0}: the _meta object the revision needs ({} for 2025-11-25).
    private static readonly Dictionary<string, string> EnvelopeDuplicates = new()
    {
        ["id"] = """{"jsonrpc":"2.0","id":1,"id":2,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{0}}}""",
        ["jsonrpc"] = """{"jsonrpc":"2.0","jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{0}}}""",
        ["method"] = """{"jsonrpc":"2.0","id":1,"method":"tools/list","method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{0}}}""",
        ["params"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"x"},"params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{0}}}""",
        ["params.name"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"okta-close-session","name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{0}}}""",
        ["params.arguments"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"a"},"arguments":{"sessionId":"102abc"},"_meta":{0}}}""",
        ["params._meta"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{0},"_meta":{0}}}""",
        ["params.requestState"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"okta-close-session","arguments":{"sessionId":"102abc"},"requestState":"a","requestState":"b","_meta":{0}}}""",
        ["_meta key"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{"progressToken":1,"progressToken":2}}}""",
    };

    public static TheoryData<string, string> EnvelopeCases() => Cross(EnvelopeDuplicates.Keys);

    private static TheoryData<string, string> Cross(IEnumerable<string> names)
    {
        var cases = new TheoryData<string, string>();
        foreach (var name in names)
        {
            foreach (var version in Versions)
            {
                cases.Add(name, version);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(EnvelopeCases))]
    public async Task DuplicateKeyInTheMessage_Is400InvalidRequestAndNothingReachesOkta(string where, string version)
    {
        await fixture.ClearOktaCallsAsync();
        var body = EnvelopeDuplicates[where].Replace("{0}", version == RawMcp.July2026 ? RawMcp.Meta().ToJsonString() : "{}", StringComparison.Ordinal);

        var answer = await fixture.Raw.PostAsync(body, "tools/call", Get, version);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(-32600, answer.Error?["code"]?.GetValue<int>());
        Assert.Contains("a key appears twice", answer.Error?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [InlineData(Get, """{"sessionId":"102abc","sessionId":"102def"}""", "sessionId")]
    [InlineData(CreateSessionTool.Name, """{"body":{"sessionToken":"a","sessionToken":"b"}}""", "body")]
    [InlineData(CreateSessionTool.Name, """{"body":{"sessionToken":"a"},"body":{"sessionToken":"b"}}""", "body")]
    [InlineData(CloseSessionTool.Name, """{"sessionId":"102abc","sessionId":"102abc"}""", "sessionId")]
    public async Task DuplicateKeyInToolArguments_IsToolErrorNamingTheArgument(string tool, string arguments, string argument)
    {
        foreach (var version in Versions)
        {
            await fixture.ClearOktaCallsAsync();

            var answer = await fixture.Raw.PostAsync(RawMcp.CallText(tool, arguments, version), "tools/call", tool, version);

            Assert.True(answer.IsToolError, answer.Body);
            Assert.StartsWith($"Invalid argument: '{argument}' is given twice", answer.Text, StringComparison.Ordinal);
            await fixture.AssertNothingReachedOktaAsync();
        }

        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [InlineData(Get, """{"sessionId":"102\ud800abc"}""", "sessionId")]
    [InlineData(CloseSessionTool.Name, """{"sessionId":"\udfff"}""", "sessionId")]
    [InlineData(RefreshSessionTool.Name, """{"sessionId":"102\ud800"}""", "sessionId")]
    [InlineData(CreateSessionTool.Name, """{"body":{"sessionToken":"\ud800x"}}""", "body")]
    [InlineData(CreateAndRefreshSessionTool.Name, """{"sessionToken":"x\udc00"}""", "sessionToken")]
    public async Task LoneSurrogateInAnArgument_IsToolErrorNamingItWithNoStackTrace(string tool, string arguments, string argument)
    {
        foreach (var version in Versions)
        {
            await fixture.ClearOktaCallsAsync();
            var logged = fixture.Server.Logs.Lines.Count;

            var answer = await fixture.Raw.PostAsync(RawMcp.CallText(tool, arguments, version), "tools/call", tool, version);

            Assert.True(answer.IsToolError, answer.Body);
            Assert.StartsWith($"Invalid argument: '{argument}' holds text that is not valid Unicode", answer.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(fixture.Server.Logs.Lines.Skip(logged), line => line.Contains("   at ", StringComparison.Ordinal));
            await fixture.AssertNothingReachedOktaAsync();
        }

        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [InlineData(RawMcp.July2026)]
    [InlineData("2025-11-25")]
    public async Task InvalidToolName_IsJsonRpcErrorBeforeDispatch(string version)
    {
        foreach (var name in new[] { "", "a b", "get-details-about-session\r\nforged", new string('a', 129), "ok\u0000", "tool/with/slash" })
        {
            await fixture.ClearOktaCallsAsync();

            var answer = await fixture.Raw.PostAsync(RawMcp.CallText(name, """{"sessionId":"102abc"}""", version), "tools/call", name.Length > 0 ? name : null, version);

            Assert.True(answer.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"HTTP {(int)answer.Status}: {answer.Body}");
            Assert.Equal(-32602, answer.Error?["code"]?.GetValue<int>());
            Assert.Contains("Unknown tool", answer.Error?["message"]?.GetValue<string>(), StringComparison.Ordinal);
            await fixture.AssertNothingReachedOktaAsync();
        }

        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task ClientNameThatNoClientHas_IsRefusedOnInitializeAndIn2026Meta()
    {
        var name = new string('N', 300);
        var initialize = JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0", id = 1, method = "initialize",
            @params = new { protocolVersion = "2025-11-25", capabilities = new { }, clientInfo = new { name = "ok\r\nforged", version = "1.0" } },
        });
        var meta = RawMcp.Meta();
        meta[MetaKeys.ClientInfo] = new JsonObject { ["name"] = name, ["version"] = "1.0" };
        var call = new JsonObject
        {
            ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "tools/call",
            ["params"] = new JsonObject { ["name"] = Get, ["arguments"] = new JsonObject { ["sessionId"] = "102abc" }, ["_meta"] = meta },
        };
        await fixture.ClearOktaCallsAsync();

        var refusedInitialize = await fixture.Raw.PostAsync(initialize, "initialize", version: "2025-11-25");
        var refusedCall = await fixture.Raw.PostAsync(call.ToJsonString(), "tools/call", Get);

        Assert.Equal(HttpStatusCode.BadRequest, refusedInitialize.Status);
        Assert.Equal(HttpStatusCode.BadRequest, refusedCall.Status);
        Assert.Equal(-32602, refusedCall.Error?["code"]?.GetValue<int>());
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task ByteOrderMarkBeforeTheBody_IsScannedLikeAnyOther()
    {
        await fixture.ClearOktaCallsAsync();
        byte[] bom = [0xEF, 0xBB, 0xBF];

        var good = await fixture.Raw.PostBytesAsync([.. bom, .. System.Text.Encoding.UTF8.GetBytes(
            RawMcp.CallText(Get, $$"""{"sessionId":"{{fixture.SessionId}}"}"""))], "tools/call", Get);
        var duplicate = await fixture.Raw.PostBytesAsync([.. bom, .. System.Text.Encoding.UTF8.GetBytes(
            RawMcp.CallText(Get, """{"sessionId":"102abc","sessionId":"102def"}"""))], "tools/call", Get);

        Assert.False(good.IsToolError, good.Body);
        Assert.True(duplicate.IsToolError, duplicate.Body);
        Assert.StartsWith("Invalid argument: 'sessionId' is given twice", duplicate.Text, StringComparison.Ordinal);
        Assert.Single(await Policy.PolicyHarness.OktaCallsAsync(fixture.Server));
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","NAME":"okta-close-session","arguments":{"sessionId":"102abc"},"_meta":{}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","Arguments":{"sessionId":"x"},"arguments":{"sessionId":"102abc"},"_meta":{}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"Method":"tools/list","method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"102abc"},"_meta":{}}}""")]
    public async Task KeysThatDifferOnlyInCase_CountAsTheSameKey(string body)
    {
        await fixture.ClearOktaCallsAsync();

        var answer = await fixture.Raw.PostAsync(body, "tools/call", Get, "2025-11-25");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(-32600, answer.Error?["code"]?.GetValue<int>());
        await fixture.AssertNothingReachedOktaAsync();
    }

    [Fact]
    public async Task BodyInAnotherCharset_IsRefusedAndNothingReachesOkta()
    {
        await fixture.ClearOktaCallsAsync();
        using var content = new StringContent(RawMcp.CallText(Get, """{"sessionId":"102abc","sessionId":"102def"}""", "2025-11-25"),
            System.Text.Encoding.Unicode, "application/json");

        var answer = await fixture.Raw.PostContentAsync(content, "2025-11-25");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("UTF-8", answer.Body, StringComparison.Ordinal);
        await fixture.AssertNothingReachedOktaAsync();
    }

    [Theory]
    [InlineData("""{"protocolVersion":"2025-11-25","capabilities":{}}""")]
    [InlineData("""{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"no-version"}}""")]
    [InlineData("""{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":"raw-test"}""")]
    [InlineData("""{"protocolVersion":5,"capabilities":{},"clientInfo":{"name":"raw-test","version":"1.0"}}""")]
    [InlineData("""{"protocolVersion":"2025-11-25","capabilities":{"elicitation":5},"clientInfo":{"name":"raw-test","version":"1.0"}}""")]
    [InlineData("""{"protocolVersion":"2025-11-25","clientInfo":{"name":"raw-test","version":"1.0"}}""")]
    [InlineData("""{}""")]
    [InlineData("\"initialize\"")]
    public async Task InitializeParamsTheSdkCannotRead_AreInvalidParamsNotA500(string parameters)
    {
        var answer = await fixture.Raw.PostAsync(
            $$"""{"jsonrpc":"2.0","id":7,"method":"initialize","params":{{parameters}}}""", "initialize", version: "2025-11-25");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(-32602, answer.Error?["code"]?.GetValue<int>());
        Assert.Equal(7, answer.Message?["id"]?.GetValue<int>());
        Assert.Contains("clientInfo (an object with a name and a version", answer.Error?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [InlineData(1_000, true)]
    [InlineData(70_000, false)]
    public async Task InitializeOf64KiBOrMore_IsRefusedSoNoSessionKeepsIt(int capabilityBytes, bool accepted)
    {
        // A stateful session keeps its initialize parameters for its life (and the fleet copies them to Redis).
        var initialize = JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0", id = 1, method = "initialize",
            @params = new
            {
                protocolVersion = "2025-11-25",
                capabilities = new { experimental = new { padding = new { text = new string('a', capabilityBytes) } } },
                clientInfo = new { name = "raw-test", version = "1.0" },
            },
        });

        var answer = await fixture.Raw.PostAsync(initialize, "initialize", version: "2025-11-25");

        Assert.Equal(accepted, answer.Result?["protocolVersion"] is not null);
        Assert.Equal(accepted ? null : -32602, answer.Error?["code"]?.GetValue<int>());
        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task NoContentType_Is415WithAJsonRpcErrorNotA500()
    {
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"ping"}"""));

        var answer = await fixture.Raw.PostContentAsync(content, "2025-11-25");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Contains("Content-Type: application/json", answer.Body, StringComparison.Ordinal);
        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [InlineData(@"ui://x\n\u001b[31mcrit: uri-probe entry\u0007", 0)]
    [InlineData("ui://uri-probe/", 2_100)]
    public async Task ResourceUriThatNoResourceHas_IsInvalidParamsAndNeverLogged(string uri, int padding)
    {
        var body = $$$"""{"jsonrpc":"2.0","id":3,"method":"resources/read","params":{"uri":"{{{uri}}}{{{new string('a', padding)}}}"}}""";

        var answer = await fixture.Raw.PostAsync(body, "resources/read", uri, "2025-11-25");

        Assert.Equal(-32602, answer.Error?["code"]?.GetValue<int>());
        Assert.Equal(3, answer.Message?["id"]?.GetValue<int>());
        Assert.DoesNotContain(fixture.Server.Logs.GetSnapshot(), record => record.Message.Contains("uri-probe", StringComparison.Ordinal));
        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task MegabyteToolOrMethodName_FiveTimes_GrowsTheLogByLessThan50KB()
    {
        await using var server = await RunningServer.StartAsync(configure: builder => builder.Logging.SetMinimumLevel(LogLevel.Information));
        using var raw = new RawMcp(server.McpUrl);
        var name = new string('A', 1_000_000) + "\r\n\u0000forged";
        var before = server.Logs.AllText.Length;

        for (var i = 0; i < 5; i++)
        {
            var tool = await raw.PostAsync(RawMcp.CallText(name, "{}", "2025-11-25"), version: "2025-11-25");
            var method = await raw.PostAsync(JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 1, method = name, @params = new { } }), version: "2025-11-25");
            Assert.NotNull(tool.Error);
            Assert.NotNull(method.Error);
        }

        Assert.InRange(server.Logs.AllText.Length - before, 0, 50_000);
        Assert.DoesNotContain("forged", server.Logs.AllText, StringComparison.Ordinal);
    }
}
