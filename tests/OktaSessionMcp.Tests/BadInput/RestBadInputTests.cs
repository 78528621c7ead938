using System.Net;
using System.Text;
using System.Text.Json;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// Every REST route with malformed ids and bodies: each gets a 4xx (Okta's error shape when the adapter answers, a bare
/// status when Kestrel refuses the request line first), never a 500; nothing reaches Okta; the next good call works.
/// </summary>
public sealed class RestBadInputTests(BadInputServer fixture) : IClassFixture<BadInputServer>
{
    private const string Sessions = "v1/api/v1/sessions";

    /// <summary>Session ids as they go on the request line, percent-encoded.</summary>
    private static readonly Dictionary<string, string> BadIds = new()
    {
        ["surrogate as UTF-8"] = "%ED%A0%80abc",
        ["invalid UTF-8"] = "%C3abc",
        ["right-to-left override"] = "%E2%80%AEevil",
        ["zero-width space"] = "102abc%E2%80%8B",
        ["NUL"] = "102abc%00",
        ["CR LF"] = "102abc%0D%0A",
        ["emoji"] = "%F0%9F%98%80",
        ["traversal"] = "..%2F..%2Fusers%2Fme",
        ["65 characters"] = new string('a', 65),
        ["100 KB"] = new string('a', 100_000),
    };

    private static readonly Dictionary<string, string> BadBodies = new()
    {
        ["token is a number"] = """{"sessionToken":42}""",
        ["token is null"] = """{"sessionToken":null}""",
        ["token is an array"] = """{"sessionToken":["abc"]}""",
        ["token is an object"] = """{"sessionToken":{"value":"abc"}}""",
        ["token is empty"] = """{"sessionToken":""}""",
        ["token is a lone surrogate"] = """{"sessionToken":"\ud800abc"}""",
        ["token has NUL"] = """{"sessionToken":"abc\u0000def"}""",
        ["token has right-to-left override"] = """{"sessionToken":"\u202Eabc"}""",
        ["token has a zero-width space"] = """{"sessionToken":"abc\u200Bdef"}""",
        ["token is 1 MB"] = $$"""{"sessionToken":"{{new string('a', 1_100_000)}}"}""",
        ["nested 10000 deep"] = $$"""{"sessionToken":{{ToolArgumentTests.Deep("[", "1", "]", 10_000)}}}""",
        ["body is null"] = "null",
        ["body is a string"] = "\"abc\"",
        ["not JSON"] = "sessionToken=abc",
        ["empty"] = "",
    };

    public static TheoryData<string, string> IdCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var id in BadIds.Keys)
        {
            foreach (var route in new[] { "GET {0}", "DELETE {0}", "POST {0}/lifecycle/refresh" })
            {
                cases.Add(route, id);
            }
        }

        return cases;
    }

    public static TheoryData<string> BodyCases() => [.. BadBodies.Keys];

    [Theory]
    [MemberData(nameof(IdCases))]
    public async Task SessionRoute_BadId_Is4xxAndNothingReachesOkta(string route, string id)
    {
        await fixture.ClearOktaCallsAsync();
        var (method, path) = (route.Split(' ')[0], string.Format(System.Globalization.CultureInfo.InvariantCulture, route.Split(' ')[1], BadIds[id]));
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"{fixture.Server.RestUrl}{Sessions}/{path}"));

        using var response = await fixture.Rest.SendAsync(request);

        await AssertClearRefusalAsync(response);
        await fixture.AssertNothingReachedOktaAsync();
        await AssertRestStillServingAsync();
    }

    [Theory]
    [MemberData(nameof(BodyCases))]
    public async Task CreateSession_BadBody_Is4xxAndNothingReachesOkta(string body)
    {
        await fixture.ClearOktaCallsAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Sessions) { Content = new StringContent(BadBodies[body], Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = BadBodies[body].Length > 64 * 1024;

        using var response = await fixture.Rest.SendAsync(request);

        await AssertClearRefusalAsync(response);
        await fixture.AssertNothingReachedOktaAsync();
        await AssertRestStillServingAsync();
    }

    private static async Task AssertClearRefusalAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"HTTP {(int)response.StatusCode}: {text}");
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            using var error = JsonDocument.Parse(text);
            Assert.StartsWith("E0000", error.RootElement.GetProperty("errorCode").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("errorSummary").GetString()));
            Assert.True(text.Length < 2_000, "The error must not echo a huge input back.");
        }
    }

    private async Task AssertRestStillServingAsync()
    {
        using var response = await fixture.Rest.GetAsync(new Uri($"{Sessions}/{fixture.SessionId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
