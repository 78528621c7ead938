using System.Text.RegularExpressions;

namespace OktaSessionMcp.Simulator.Tests.Infrastructure;

/// <summary>Assertions on the shape every Okta answer shares.</summary>
internal static partial class OktaAssert
{
    /// <summary>Asserts an Okta error of this status and code (and summary, when given) and returns its body.</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? summary = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await SimulatorHarness.JsonAsync(response);
        Assert.Equal(code, body.GetProperty("errorCode").GetString());
        Assert.Equal(code, body.GetProperty("errorLink").GetString());
        Assert.Matches(ErrorId(), body.GetProperty("errorId").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("errorCauses").ValueKind);
        if (summary is not null)
        {
            Assert.Equal(summary, body.GetProperty("errorSummary").GetString());
        }

        return body;
    }

    public static string Header(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.GetValues(name));

    /// <summary>An instant as X-Rate-Limit-Reset writes it: UTC epoch seconds.</summary>
    public static string EpochText(DateTimeOffset instant) =>
        instant.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^oae[A-Za-z0-9_-]{22}$")]
    private static partial Regex ErrorId();
}
