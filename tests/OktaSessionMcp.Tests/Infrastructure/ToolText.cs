using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>The text a client shows of a tool's result.</summary>
internal static class ToolText
{
    /// <summary>The result's text content blocks, joined.</summary>
    public static string Of(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
