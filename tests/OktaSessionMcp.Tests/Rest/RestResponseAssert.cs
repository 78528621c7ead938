using System.Net;
using System.Text.Json;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>Reads the adapter's answers: a Session or an error in Okta's shape.</summary>
internal static class RestResponseAssert
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts the status and Okta's Error shape (all five members), and returns the errorCode.</summary>
    public static async Task<JsonElement> OktaErrorAsync(HttpResponseMessage response, HttpStatusCode expected, string errorCode)
    {
        var error = await JsonAsync(response, expected);
        Assert.Equal(errorCode, error.GetProperty("errorCode").GetString());
        Assert.Equal(errorCode, error.GetProperty("errorLink").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("errorSummary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("errorId").GetString()));
        Assert.Equal(JsonValueKind.Array, error.GetProperty("errorCauses").ValueKind);
        return error;
    }
}
