using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Policy;

/// <summary>
/// A call-tool filter that refuses arguments the tool's inputSchema does not allow (undeclared, wrong type, null,
/// missing) before the tool runs, so nothing reaches Okta. MCP asks for input validation errors as tool results with
/// isError, which the agent can read and correct, rather than JSON-RPC errors.
/// </summary>
internal static class ArgumentGuard
{
    public static CallToolHandler Check(CallToolHandler next) => (context, cancellationToken) =>
        context.MatchedPrimitive is McpServerTool tool && InputSchemaCheck.Find(tool.ProtocolTool, context.Params?.Arguments) is { } problem
            ? ValueTask.FromResult(ToolResults.InvalidArgument(problem))
            : next(context, cancellationToken);
}
