using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Tools;

public sealed class RejectedTokenTests
{
    [Fact]
    public async Task GetSession_ServerTokenRejectedByOkta_IsErrorNamingTheSetting()
    {
        const string wrongToken = "wrong-api-token-for-this-test-0000";
        await using var server = await RunningServer.StartAsync(apiToken: wrongToken);
        await using var client = await server.ConnectAsync();

        var result = await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = "102abcdefghijklmnopqrstu" });

        Assert.True(result.IsError);
        var text = ToolText.Of(result);
        Assert.Contains("E0000011", text, StringComparison.Ordinal);
        Assert.Contains("OKTA_API_KEY", text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongToken, text, StringComparison.Ordinal);
    }
}
