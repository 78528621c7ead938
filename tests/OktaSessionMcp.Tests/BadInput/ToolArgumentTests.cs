using System.Net;
using System.Text;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// Every tool with arguments of the wrong type, null, missing, huge, deeply nested or in odd Unicode: each gets a clear
/// error, nothing reaches Okta, and the server goes on serving.
/// </summary>
public sealed class ToolArgumentTests(BadInputServer fixture) : IClassFixture<BadInputServer>
{
    private const int HugeButUnderTheBodyLimit = 900_000;

    /// <summary>Bad values for a string argument by name, as raw JSON text (some no JSON writer would produce).</summary>
    private static readonly Dictionary<string, string> BadStrings = new()
    {
        ["number"] = "42",
        ["boolean"] = "true",
        ["array"] = "[\"102abc\"]",
        ["object"] = "{\"id\":\"102abc\"}",
        ["null"] = "null",
        ["empty"] = "\"\"",
        ["lone high surrogate"] = "\"\\ud800abc\"",
        ["lone low surrogate"] = "\"abc\\udc00\"",
        ["right-to-left override"] = "\"\\u202Eevil\"",
        ["zero-width space"] = "\"102abc\\u200B\"",
        ["NUL"] = "\"102abc\\u0000\"",
        ["CR LF"] = "\"a\\r\\nb\"",
        ["emoji"] = "\"\\ud83d\\ude00\"",
        ["combining mark"] = "\"e\\u0301\"",
        ["spaces"] = "\"  102abc  \"",
        ["nested 60 deep"] = Deep("[", "\"x\"", "]", 60),
        ["900 KB"] = $"\"{new string('a', HugeButUnderTheBodyLimit)}\"",
    };

    private static readonly (string Tool, string Argument)[] ToolArguments =
    [
        (GetSessionTool.Name, "sessionId"),
        (RefreshSessionTool.Name, "sessionId"),
        (CloseSessionTool.Name, "sessionId"),
        (CreateAndRefreshSessionTool.Name, "sessionToken"),
    ];

    public static TheoryData<string, string> Tools()
    {
        var tools = new TheoryData<string, string>();
        foreach (var (tool, argument) in ToolArguments)
        {
            tools.Add(tool, argument);
        }

        return tools;
    }

    [Theory]
    [MemberData(nameof(StringCases))]
    public async Task StringArgument_BadValue_IsClearErrorAndNothingReachesOkta(string tool, string argument, string bad) =>
        await AssertRefusedAndNothingSentAsync(tool, $"{{\"{argument}\":{BadStrings[bad]}}}");

    [Theory]
    [MemberData(nameof(BadStringNames))]
    public async Task CreateSessionBodyToken_BadValue_IsClearErrorAndNothingReachesOkta(string bad) =>
        await AssertRefusedAndNothingSentAsync(CreateSessionTool.Name, $"{{\"body\":{{\"sessionToken\":{BadStrings[bad]}}}}}");

    [Theory]
    [InlineData("\"sessionToken\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"sessionToken\":\"abc\",\"sessionToken\":\"def\"}")]
    [InlineData("{\"session\\u0000Token\":\"abc\"}")]
    [InlineData("{\"\\ud800\":\"abc\"}")]
    public async Task CreateSessionBody_BadShape_IsClearErrorAndNothingReachesOkta(string body) =>
        await AssertRefusedAndNothingSentAsync(CreateSessionTool.Name, $"{{\"body\":{body}}}");

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task Tool_MissingOrNullArguments_IsClearErrorNamingTheArgument(string tool, string argument)
    {
        await fixture.ClearOktaCallsAsync();

        var missing = await fixture.Raw.CallTextAsync(tool, "{}");
        var none = await fixture.Raw.CallTextAsync(tool, "null");

        Assert.Contains($"{argument} is required.", missing.Text, StringComparison.Ordinal);
        Assert.Contains($"{argument} is required.", none.Text, StringComparison.Ordinal);
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task Tool_WrongType_SaysWhatTypeIsExpected(string tool, string argument)
    {
        var answer = await fixture.Raw.CallTextAsync(tool, $"{{\"{argument}\":42}}");

        Assert.True(answer.IsToolError, answer.Body);
        Assert.Contains($"{argument} must be a string, not a number.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task Tool_ArgumentsOver1MiB_AreRefusedBeforeParsing(string tool, string argument)
    {
        await fixture.ClearOktaCallsAsync();

        var answer = await fixture.Raw.CallTextAsync(tool, $"{{\"{argument}\":\"{new string('a', 1_100_000)}\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("Payload Too Large", answer.Error?["message"]?.GetValue<string>(), StringComparison.Ordinal);
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public async Task Tool_ArgumentNestedTenThousandDeep_IsParseError(string tool, string argument)
    {
        await fixture.ClearOktaCallsAsync();

        var answer = await fixture.Raw.CallTextAsync(tool, $"{{\"{argument}\":{Deep("[", "1", "]", 10_000)}}}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(-32700, answer.Error?["code"]?.GetValue<int>());
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    public static TheoryData<string, string, string> StringCases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (tool, argument) in ToolArguments)
        {
            foreach (var bad in BadStrings.Keys)
            {
                cases.Add(tool, argument, bad);
            }
        }

        return cases;
    }

    public static TheoryData<string> BadStringNames() => [.. BadStrings.Keys];

    /// <summary>The call is refused clearly (<see cref="AssertClearRefusal"/>), nothing reaches Okta, and the server goes on serving.</summary>
    private async Task AssertRefusedAndNothingSentAsync(string tool, string argumentsJson)
    {
        await fixture.ClearOktaCallsAsync();

        var answer = await fixture.Raw.CallTextAsync(tool, argumentsJson);

        AssertClearRefusal(answer);
        await fixture.AssertNothingReachedOktaAsync();
        await fixture.AssertStillServingAsync();
    }

    /// <summary>A refusal an agent can read: a tool error that says so and that nothing was sent, or a JSON-RPC error.</summary>
    internal static void AssertClearRefusal(RawAnswer answer)
    {
        Assert.True((int)answer.Status < 500, $"HTTP {(int)answer.Status}: {Shorten(answer.Body)}");
        if (answer.Error is { } error)
        {
            Assert.False(string.IsNullOrWhiteSpace(error["message"]?.GetValue<string>()), answer.Body);
            return;
        }

        Assert.True(answer.IsToolError, Shorten(answer.Body));
        Assert.StartsWith("Invalid argument: ", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("No request was sent to Okta.", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.Length < 1_000, "The error must not echo a huge argument back.");
    }

    internal static string Deep(string open, string inner, string close, int depth) =>
        new StringBuilder().Insert(0, open, depth).Append(inner).Insert(open.Length * depth + inner.Length, close, depth).ToString();

    private static string Shorten(string text) => text.Length > 500 ? text[..500] + "…" : text;
}
