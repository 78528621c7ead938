using System.Net;
using System.Text;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>What every POST must be before it reaches the MCP server, in both modes.</summary>
public sealed class PostValidationTests
{
    [Theory]
    [InlineData(false, "application/json")]
    [InlineData(false, "text/event-stream")]
    [InlineData(true, "application/json")]
    [InlineData(true, "application/json, text/event-stream;q=0")]
    public async Task Post_AcceptWithoutBothTypes_Returns406(bool stateful, string accept)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize(), accept: accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(-32000, (await Raw.ReadErrorAsync(response)).Error.Code);
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/*, text/*")]
    public async Task Post_AcceptWithWildcards_IsServed(string accept)
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), accept: accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(false, "text/plain")]
    [InlineData(false, "application/x-www-form-urlencoded")]
    [InlineData(true, "application/json; charset=latin1")]
    public async Task Post_ContentTypeNotJson_Returns415(bool stateful, string contentType)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize(), contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(-32000, (await Raw.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Post_JsonWithUtf8Charset_IsServed()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), contentType: "application/json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public async Task Post_BodyOverLimit_Returns413(bool stateful, bool sendContentLength)
    {
        await using var server = await McpTestServer.StartAsync(o =>
        {
            o.Stateful = stateful;
            o.MaxRequestBodyBytes = 64;
        });
        using var request = Raw.Post(Raw.Call("echo", $$"""{"message":"{{new string('x', 200)}}"}"""));
        if (!sendContentLength)
        {
            // A stream of unknown length goes out chunked, so only counting the bytes can catch it.
            request.Content = new StreamContent(new MemoryStream(await request.Content!.ReadAsByteArrayAsync()));
            request.Content.Headers.ContentType = new("application/json");
        }

        using var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("64 bytes", (await Raw.ReadErrorAsync(response)).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BodyAtLimit_IsServed()
    {
        var body = Raw.ToolsList();
        await using var server = await McpTestServer.StartAsync(o => o.MaxRequestBodyBytes = Encoding.UTF8.GetByteCount(body));

        using var response = await server.Http.SendAsync(Raw.Post(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(false, """{"jsonrpc":"2.0","id":1,""")]
    [InlineData(true, "not json")]
    [InlineData(false, "")]
    public async Task Post_MalformedJson_Returns400ParseErrorWithNullId(bool stateful, string body)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        using var response = await server.Http.SendAsync(Raw.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)McpErrorCode.ParseError, error.Error.Code);
        Assert.Null(error.Id.Id);
    }

    [Theory]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"tools/list"}]""")]
    [InlineData("42")]
    [InlineData("""{"hello":"world"}""")]
    [InlineData("""{"jsonrpc":"2.0","id":null,"method":"tools/list"}""")]
    public async Task Post_NotASingleJsonRpcMessage_Returns400InvalidRequest(string body)
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((int)McpErrorCode.InvalidRequest, (await Raw.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Post_InvalidMessageWithReadableId_EchoesId()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post("""{"jsonrpc":"2.0","id":"req-9"}"""));

        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)McpErrorCode.InvalidRequest, error.Error.Code);
        Assert.Equal(new RequestId("req-9"), error.Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_UnsupportedProtocolVersion_Returns400WithSupportedVersionsAndId(bool stateful)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(id: 41), version: "2099-01-01"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)McpErrorCode.UnsupportedProtocolVersion, error.Error.Code);
        Assert.Equal(new RequestId(41), error.Id);
        var data = ((JsonElement)error.Error.Data!).Deserialize<UnsupportedProtocolVersionErrorData>(McpJsonUtilities.DefaultOptions)!;
        Assert.Equal("2099-01-01", data.Requested);
        Assert.Equal(["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2026-07-28"], data.Supported);
    }

    [Theory]
    [InlineData("2024-11-05")]
    [InlineData("2025-03-26")]
    [InlineData("2025-06-18")]
    [InlineData("2025-11-25")]
    public async Task Post_SupportedProtocolVersion_IsServed(string version)
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.ToolsList(), version: version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(false, """{"jsonrpc":"2.0","id":5,"method":"initialize","params":{}}""")]
    [InlineData(true, """{"jsonrpc":"2.0","id":5,"method":"initialize","params":{"protocolVersion":7}}""")]
    [InlineData(true, """{"jsonrpc":"2.0","id":5,"method":"initialize"}""")]
    public async Task Post_InitializeWithMalformedParams_Returns400InvalidParams(bool stateful, string body)
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = stateful);

        using var response = await server.Http.SendAsync(Raw.Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)McpErrorCode.InvalidParams, error.Error.Code);
        Assert.Equal(new RequestId(5), error.Id);
    }

    [Fact]
    public async Task Post_InitializeVersionDiffersFromHeader_Returns400HeaderMismatch()
    {
        await using var server = await McpTestServer.StartAsync(o => o.Stateful = true);

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize(id: 6, version: "2025-11-25"), version: "2025-06-18"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Raw.ReadErrorAsync(response);
        Assert.Equal((int)McpErrorCode.HeaderMismatch, error.Error.Code);
        Assert.Equal(new RequestId(6), error.Id);
        Assert.Null(Raw.SessionIdOf(response));
    }

    [Fact]
    public async Task Post_Request_StreamsSseWithoutCaching()
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Call("echo", """{"message":"hi"}""")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("no", response.Headers.GetValues("X-Accel-Buffering").Single());
        var result = await Raw.ReadResultAsync(response);
        Assert.Equal(new RequestId(3), result.Id);
        Assert.Contains("\"hi\"", result.Result!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Raw.Initialized)]
    [InlineData("""{"jsonrpc":"2.0","id":"srv-1","result":{}}""")]
    public async Task Post_NotificationOrResponse_Returns202WithoutBody(string body)
    {
        await using var server = await McpTestServer.StartAsync();

        using var response = await server.Http.SendAsync(Raw.Post(body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_AfterEveryKindOfBadRequest_ServerStillServes(bool stateful)
    {
        await using var server = await McpTestServer.StartAsync(o =>
        {
            o.Stateful = stateful;
            o.MaxRequestBodyBytes = 512;
        });
        List<HttpRequestMessage> badRequests =
        [
            Raw.Post("{", accept: "text/html"),
            Raw.Post("{", contentType: "text/xml"),
            Raw.Post("{"),
            Raw.Post("[]"),
            Raw.Post(new string(' ', 600)),
            Raw.Post(Raw.ToolsList(), version: "1999-01-01"),
            Raw.Post("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":[]}}"""),
        ];
        if (stateful)
        {
            badRequests.Add(Raw.Post(Raw.ToolsList(), sessionId: "no-such-session"));
        }

        foreach (var bad in badRequests)
        {
            using (bad)
            using (var rejected = await server.Http.SendAsync(bad))
            {
                Assert.InRange((int)rejected.StatusCode, 400, 499);
            }
        }

        using var response = await server.Http.SendAsync(Raw.Post(Raw.Initialize()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<JsonRpcResponse>(await Raw.ReadResultAsync(response));
    }
}
