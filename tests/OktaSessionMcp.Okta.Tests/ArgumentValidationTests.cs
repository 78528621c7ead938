using System.Net;
using RichardSzalay.MockHttp;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>Arguments are checked before anything is sent, and messages never echo the rejected value.</summary>
public sealed class ArgumentValidationTests : IDisposable
{
    private readonly OktaTestHost host = new();

    /// <summary>The operations that take a session id, each called with the id to refuse.</summary>
    private static readonly Dictionary<string, Func<IOktaSessionClient, string, Task>> SessionIdOperations = new()
    {
        [OktaOperations.GetSession] = (client, sessionId) => client.GetSessionAsync(sessionId, CancellationToken.None),
        [OktaOperations.RevokeSession] = (client, sessionId) => client.CloseSessionAsync(sessionId, CancellationToken.None),
        [OktaOperations.RefreshSession] = (client, sessionId) => client.RefreshSessionAsync(sessionId, CancellationToken.None),
    };

    private static readonly string?[] InvalidSessionIds =
    [
        null,
        "",
        "../users",
        "abc%2F..",
        "abc/def",
        "abc def",
        "abc?x=1",
        "abc#frag",
        "abc.def",
        "..",
        "ünïcode",
        "abc\r\nX-Injected: 1",
        new string('a', 65),
    ];

    public static TheoryData<string?> InvalidSessionTokens => new()
    {
        null,
        "",
        "has space",
        "tab\there",
        "line\nbreak",
        "ünïcode",
        new string('a', 2049),
    };

    /// <summary>Every operation that takes a session id, with every invalid id.</summary>
    public static TheoryData<string, string?> InvalidSessionIdCalls()
    {
        var calls = new TheoryData<string, string?>();
        foreach (var operation in SessionIdOperations.Keys)
        {
            foreach (var sessionId in InvalidSessionIds)
            {
                calls.Add(operation, sessionId);
            }
        }

        return calls;
    }

    [Theory]
    [MemberData(nameof(InvalidSessionIdCalls))]
    public async Task SessionIdOperation_InvalidSessionId_ThrowsArgumentExceptionWithoutSending(string operation, string? sessionId) =>
        await AssertRejectedAsync(() => SessionIdOperations[operation](host.Client, sessionId!), "sessionId", sessionId);

    [Theory]
    [MemberData(nameof(InvalidSessionTokens))]
    public async Task CreateSessionAsync_InvalidSessionToken_ThrowsArgumentExceptionWithoutSending(string? sessionToken) =>
        await AssertRejectedAsync(() => host.Client.CreateSessionAsync(sessionToken!, CancellationToken.None), "sessionToken", sessionToken);

    [Fact]
    public async Task GetSessionAsync_LongestValidSessionId_IsSent()
    {
        var sessionId = new string('a', 32) + new string('Z', 30) + "_-";
        var mocked = host.On(HttpMethod.Get, $"/api/v1/sessions/{sessionId}", () => OktaResponses.Session(sessionId));

        await host.Client.GetSessionAsync(sessionId, CancellationToken.None);

        Assert.Equal(1, host.Http.GetMatchCount(mocked));
    }

    private async Task AssertRejectedAsync(Func<Task> call, string parameterName, string? value)
    {
        var anything = host.Http.When("*");
        anything.Respond(HttpStatusCode.OK, "application/json", OktaResponses.SessionJson());

        var exception = await Assert.ThrowsAsync<ArgumentException>(call);

        Assert.Equal(parameterName, exception.ParamName);
        Assert.Contains(parameterName == "sessionId" ? "1 to 64 ASCII letters" : "1 to 2048 printable ASCII", exception.Message, StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(value))
        {
            Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, host.Http.GetMatchCount(anything));
    }

    public void Dispose() => host.Dispose();
}
