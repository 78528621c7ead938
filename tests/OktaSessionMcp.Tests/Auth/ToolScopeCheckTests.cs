using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using OktaSessionMcp.Auth;

namespace OktaSessionMcp.Tests.Auth;

/// <summary>
/// The call-tool filter behind the HTTP check: it holds for calls that reach the server by any other way. Driven
/// directly, since over HTTP the 403 comes first.
/// </summary>
public sealed class ToolScopeCheckTests : IAsyncLifetime
{
    private static readonly CallToolResult Done = new() { Content = [new TextContentBlock { Text = "done" }] };
    private McpServer _server = null!;
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MCP_AUTH_KEYS"] = "ops:a-long-random-key-0123456789" })
            .Build();
        _services = new ServiceCollection().AddSingleton(AuthSettings.Load(configuration)).BuildServiceProvider();
        _server = McpServer.Create(new StreamServerTransport(Stream.Null, Stream.Null), new McpServerOptions(), serviceProvider: _services);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Fact]
    public async Task WriteTool_ReadScopeOnly_IsRefusedWithTheScope()
    {
        var ex = await Assert.ThrowsAsync<InsufficientScopeException>(() => CallAsync(readOnlyTool: false, "sessions:read"));

        Assert.Contains("sessions:manage", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "sessions:read sessions:manage")]
    [InlineData(true, "sessions:read")]
    public async Task Tool_WithItsScope_Runs(bool readOnlyTool, string scopes) =>
        Assert.Same(Done, await CallAsync(readOnlyTool, scopes));

    [Fact]
    public async Task WriteTool_NoUser_RunsBecauseNothingWasAuthenticated() =>
        Assert.Same(Done, await CallAsync(readOnlyTool: false, scopes: null));

    private async Task<CallToolResult> CallAsync(bool readOnlyTool, string? scopes)
    {
        var tool = McpServerTool.Create(() => "done", new McpServerToolCreateOptions { Name = "a-tool", ReadOnly = readOnlyTool });
        var context = new RequestContext<CallToolRequestParams>(
            _server, new JsonRpcRequest { Id = new RequestId(1), Method = RequestMethods.ToolsCall }, new CallToolRequestParams { Name = "a-tool" })
        {
            Services = _services,
            MatchedPrimitive = tool,
            User = scopes is null ? null : new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "someone"), new Claim("scope", scopes)], "Bearer")),
        };
        return await ToolScopeCheck.Check((_, _) => ValueTask.FromResult(Done))(context, CancellationToken.None);
    }
}
