using System.Net;
using System.Text;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// POST bodies that are not a well-formed tools/call, on the 2026-07-28 and 2025-11-25 paths: each is answered with a
/// JSON-RPC error (or a tool error) and a 4xx or 200, never a 500; nothing reaches Okta; the next good call works.
/// </summary>
public sealed class MalformedJsonRpcTests(BadInputServer fixture) : IClassFixture<BadInputServer>
{
    private const string LoneSurrogateName = "name is a lone surrogate";

    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["not JSON"] = "this is not json",
        ["empty"] = "",
        ["truncated"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":""",
        ["number"] = "42",
        ["string"] = "\"tools/call\"",
        ["batch"] = """[{"jsonrpc":"2.0","id":1,"method":"tools/list"}]""",
        ["empty object"] = "{}",
        ["wrong jsonrpc version"] = """{"jsonrpc":"1.0","id":1,"method":"tools/list"}""",
        ["method is a number"] = """{"jsonrpc":"2.0","id":1,"method":42}""",
        ["id is an object"] = """{"jsonrpc":"2.0","id":{"a":1},"method":"tools/list"}""",
        ["params is a string"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":"get-details-about-session"}""",
        ["params is an array"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":["get-details-about-session"]}""",
        ["name missing"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"arguments":{}}}""",
        ["name is a number"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":42}}""",
        [LoneSurrogateName] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"\ud800"}}""",
        ["unknown tool"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"okta-delete-all"}}""",
        ["arguments is an array"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":["102abc"]}}""",
        ["arguments is a string"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":"102abc"}}""",
        ["argument name is a lone surrogate"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"\udc00":"102abc"}}}""",
        ["unknown method"] = """{"jsonrpc":"2.0","id":1,"method":"sessions/delete_all"}""",
        ["nested 10000 deep"] = """{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get-details-about-session","arguments":{"sessionId":"""
            + ToolArgumentTests.Deep("{\"a\":", "1", "}", 10_000) + "}}}",
        ["NUL bytes"] = "{\"jsonrpc\":\"2.0\",\u0000\"id\":1}",
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var body in Bodies.Keys)
        {
            if (body != LoneSurrogateName)
            {
                cases.Add(body, RawMcp.July2026);
            }

            cases.Add(body, "2025-11-25");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_MalformedBody_IsClearErrorAndServerServesOn(string body, string version)
    {
        await fixture.ClearOktaCallsAsync();

        var answer = await fixture.Raw.PostAsync(Bodies[body], "tools/call", "get-details-about-session", version);

        Assert.True((int)answer.Status < 500, $"HTTP {(int)answer.Status}: {answer.Body}");
        var message = answer.Error?["message"]?.GetValue<string>() ?? answer.Text;
        Assert.False(string.IsNullOrWhiteSpace(message), $"HTTP {(int)answer.Status} with no error: {answer.Body}");
        Assert.True(answer.Error is not null || answer.IsToolError, answer.Body);
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_ToolNameWithLoneSurrogateOn2026_IsClearErrorAndServerServesOn()
    {
        var answer = await fixture.Raw.PostAsync(Bodies[LoneSurrogateName], "tools/call", "get-details-about-session");

        Assert.True((int)answer.Status < 500, $"HTTP {(int)answer.Status}: {answer.Body}");
        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_InvalidUtf8InAnArgument_IsClearErrorAndNothingReachesOkta()
    {
        await fixture.ClearOktaCallsAsync();
        var body = Encoding.UTF8.GetBytes(RawMcp.CallText(GetSessionTool.Name, """{"sessionId":"102X"}"""));
        body[Array.IndexOf(body, (byte)'X')] = 0xC3;

        var answer = await fixture.Raw.PostBytesAsync(body, "tools/call", GetSessionTool.Name);

        ToolArgumentTests.AssertClearRefusal(answer);
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_BodyOver1MiB_Is413AndServerServesOn()
    {
        var answer = await fixture.Raw.PostAsync(RawMcp.CallText(GetSessionTool.Name, $"{{\"sessionId\":\"102abc\",\"pad\":\"{new string(' ', 2 * 1024 * 1024)}\"}}"), "tools/call", GetSessionTool.Name);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        await fixture.AssertStillServingAsync();
    }
}
