using System.Net;
using System.Net.Http.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tests.Rest;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>--read-only: only read-only tools exist, and the REST adapter refuses every write before it reaches Okta.</summary>
public sealed class ReadOnlyModeTests : IAsyncLifetime, IDisposable
{
    private const string Sessions = "v1/api/v1/sessions";
    private readonly HttpClient _rest = new();
    private RunningServer _server = null!;
    private McpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(PolicyHarness.Settings(("Server:ReadOnly", "true")));
        _client = await _server.ConnectAsync();
        _rest.BaseAddress = _server.RestUrl;
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _rest.Dispose();

    [Fact]
    public async Task ToolsList_ReadOnly_ListsOnlyReadOnlyTools()
    {
        var tools = await _client.ListToolsAsync();

        Assert.Equal([GetSessionTool.Name], tools.Select(t => t.Name));
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));
    }

    [Theory]
    [InlineData(CloseSessionTool.Name)]
    [InlineData(RefreshSessionTool.Name)]
    [InlineData(CreateSessionTool.Name)]
    [InlineData(CreateAndRefreshSessionTool.Name)]
    public async Task CallTool_WriteToolWhenReadOnly_IsUnknownToolAndSendsNothing(string tool)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => _client.CallToolAsync(
            tool, new Dictionary<string, object?> { ["sessionId"] = sessionId, ["sessionToken"] = "abc", ["body"] = new { sessionToken = "abc" } }).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains(tool, error.Message, StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(_server));
        Assert.True(await PolicyHarness.IsActiveAsync(_server, sessionId));
    }

    [Fact]
    public async Task GetSession_ReadOnly_StillServed()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        var result = await _client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(sessionId, result.StructuredContent!.Value.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("DELETE", "/{0}")]
    [InlineData("POST", "/{0}/lifecycle/refresh")]
    [InlineData("POST", "")]
    public async Task RestWrite_ReadOnly_Is403InOktasShapeAndSendsNothing(string method, string suffix)
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);
        using var request = new HttpRequestMessage(new HttpMethod(method), Sessions + string.Format(System.Globalization.CultureInfo.InvariantCulture, suffix, sessionId))
        {
            Content = JsonContent.Create(new { sessionToken = _server.SimulatorClient.MintSessionToken() }),
        };

        using var response = await _rest.SendAsync(request);

        var error = await RestResponseAssert.OktaErrorAsync(response, HttpStatusCode.Forbidden, "E0000006");
        Assert.Contains("--read-only", error.GetProperty("errorCauses")[0].GetProperty("errorSummary").GetString(), StringComparison.Ordinal);
        Assert.Empty(await PolicyHarness.OktaCallsAsync(_server));
        Assert.True(await PolicyHarness.IsActiveAsync(_server, sessionId));
    }

    [Fact]
    public async Task RestGet_ReadOnly_StillServed()
    {
        var sessionId = await PolicyHarness.NewSessionAsync(_server);

        using var response = await _rest.GetAsync(new Uri($"{Sessions}/{sessionId}", UriKind.Relative));

        var session = await RestResponseAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(sessionId, session.GetProperty("id").GetString());
    }
}
