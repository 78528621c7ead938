using System.Text;
using OktaSessionMcp.StreamableHttp.Endpoint;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>Which SSE events the endpoint may hold back as the whole answer.</summary>
public sealed class SseAnswerTests
{
    [Theory]
    [InlineData("event: message\ndata: {\"result\":{},\"id\":1,\"jsonrpc\":\"2.0\"}\n\n")]
    [InlineData("event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":\"a\",\"error\":{\"code\":-32601,\"message\":\"x\"}}\n\n")]
    [InlineData("data:{\"id\":2,\"result\":{\"nested\":{\"method\":\"not top-level\"}}}\n\n")]
    public void IsAnswer_ResponseOrError_True(string sseEvent) =>
        Assert.True(SseAnswer.IsAnswer(Encoding.UTF8.GetBytes(sseEvent)));

    [Theory]
    [InlineData("event: message\ndata: {\"method\":\"notifications/progress\",\"params\":{},\"jsonrpc\":\"2.0\"}\n\n")]
    [InlineData("event: message\ndata: {\"method\":\"elicitation/create\",\"params\":{},\"id\":4,\"jsonrpc\":\"2.0\"}\n\n")]
    [InlineData("event: message\ndata: {\"result\":{},\"jsonrpc\":\"2.0\"}\n\n")]
    [InlineData("event: message\ndata: {\"result\":{},\ndata: \"id\":1}\n\n")]
    [InlineData("event: message\ndata: not json\n\n")]
    [InlineData("event: message\ndata: [{\"result\":{},\"id\":1}]\n\n")]
    [InlineData("id: 7\nretry: 1000\n\n")]
    [InlineData("")]
    public void IsAnswer_AnythingElse_False(string sseEvent) =>
        Assert.False(SseAnswer.IsAnswer(Encoding.UTF8.GetBytes(sseEvent)));
}
