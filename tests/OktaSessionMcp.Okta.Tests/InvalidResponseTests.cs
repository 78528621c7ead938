using System.Net;
using System.Text;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>A success status with an unusable body is InvalidResponse, never a half-filled session.</summary>
public sealed class InvalidResponseTests : IDisposable
{
    private const int MaxResponseBytes = 4096;
    private readonly OktaTestHost host = new(options => options.MaxResponseBytes = MaxResponseBytes);

    [Theory]
    [InlineData("text/html", "<html>Sign in</html>")]
    [InlineData("text/plain", "{\"id\":\"abc\"}")]
    public async Task GetSessionAsync_SuccessWithoutJsonContentType_ThrowsInvalidResponse(string mediaType, string body)
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Json(HttpStatusCode.OK, body, mediaType));

        var exception = await AssertInvalidResponseAsync(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Contains(mediaType, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSessionAsync_SuccessWithoutContentType_ThrowsInvalidResponse()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("{}"u8.ToArray()) });

        await AssertInvalidResponseAsync(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));
    }

    [Theory]
    [InlineData("{\"id\": \"abc\"")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("[{\"id\":\"abc\"}]")]
    [InlineData("\"abc\"")]
    [InlineData("null")]
    [InlineData("{\"id\": 42}")]
    [InlineData("{\"id\": \"abc\", \"createdAt\": \"yesterday\"}")]
    [InlineData("{\"id\": \"abc\", \"amr\": \"pwd\"}")]
    [InlineData("{\"id\": \"abc\", \"idp\": []}")]
    [InlineData("{\"userId\": \"00u1\"}")]
    [InlineData("{\"id\": \"\"}")]
    public async Task RefreshSessionAsync_SuccessWithWrongShape_ThrowsInvalidResponse(string body)
    {
        host.On(HttpMethod.Post, OktaTestHost.SessionPath + "/lifecycle/refresh", () => OktaResponses.Json(HttpStatusCode.OK, body));

        var exception = await AssertInvalidResponseAsync(() => host.Client.RefreshSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal(OktaResponses.RequestId, exception.OktaRequestId);
        Assert.Equal(OktaOperations.RefreshSession, exception.Operation);
    }

    [Fact]
    public async Task CreateSessionAsync_BodyOverLimitWithContentLength_ThrowsInvalidResponse()
    {
        host.On(HttpMethod.Post, "/api/v1/sessions", () => OktaResponses.Json(HttpStatusCode.OK, OversizeSessionJson()));

        var exception = await AssertInvalidResponseAsync(() => host.Client.CreateSessionAsync(OktaTestHost.SessionToken, CancellationToken.None));

        Assert.Equal($"Okta's answer to createSession (HTTP 200) is unusable: the body exceeds {MaxResponseBytes} bytes.", exception.Message);
        Assert.Equal(OktaResponses.RequestId, exception.OktaRequestId);
    }

    [Fact]
    public async Task GetSessionAsync_BodyOverLimitWithoutContentLength_ThrowsInvalidResponse()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            // A stream of unknown length: the limit must hold while reading, not only against Content-Length.
            Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(OversizeSessionJson())))
            {
                Headers = { ContentType = new("application/json") },
            },
        });

        var exception = await AssertInvalidResponseAsync(() => host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Contains($"exceeds {MaxResponseBytes} bytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetSessionAsync_BodyExactlyAtLimit_Succeeds()
    {
        var json = OktaResponses.SessionJson();
        var padded = json[..^1] + $",\"pad\":\"{new string('x', MaxResponseBytes - json.Length - 9)}\"}}";
        Assert.Equal(MaxResponseBytes, Encoding.UTF8.GetByteCount(padded));
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(padded))) { Headers = { ContentType = new("application/json") } },
        });

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(OktaTestHost.SessionId, session.Id);
    }

    [Fact]
    public async Task CloseSessionAsync_ErrorBodyOverLimit_ThrowsInvalidResponseWithStatus()
    {
        host.On(HttpMethod.Delete, OktaTestHost.SessionPath, () => OktaResponses.Json(HttpStatusCode.NotFound, OversizeSessionJson()));

        var exception = await AssertInvalidResponseAsync(() => host.Client.CloseSessionAsync(OktaTestHost.SessionId, CancellationToken.None));

        Assert.Equal(404, exception.StatusCode);
    }

    private static string OversizeSessionJson() =>
        OktaResponses.SessionJson()[..^1] + $",\"pad\":\"{new string('x', MaxResponseBytes)}\"}}";

    private static async Task<OktaApiException> AssertInvalidResponseAsync(Func<Task> call)
    {
        var exception = await Assert.ThrowsAsync<OktaApiException>(call);
        Assert.Equal(OktaFailureKind.InvalidResponse, exception.Kind);
        Assert.DoesNotContain(OktaTestHost.SessionId, exception.Message, StringComparison.Ordinal);
        return exception;
    }

    public void Dispose() => host.Dispose();
}
