using System.ComponentModel;

namespace OktaSessionMcp.Tools;

[McpServerToolType]
public sealed class RefreshSessionTool(IOktaSessionClient client)
{
    public const string Name = "okta-refresh-session";

    [McpServerTool(Name = Name, Title = "Okta Refresh Session",
        ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SessionSchema))]
    [Description("Okta Refresh Session. Extends an active Okta session's lifetime " +
        "(POST /api/v1/sessions/{sessionId}/lifecycle/refresh), as if the user had just been active. Use it to keep " +
        "a session alive; it cannot revive an expired or closed one. Returns the refreshed Session object with its " +
        "new expiresAt.")]
    public async Task<CallToolResult> RefreshSessionAsync(
        [Description(SessionIdArgument.Description)] string sessionId,
        CancellationToken cancellationToken) =>
        SessionIdArgument.Check(sessionId) ?? ToolResults.Session(await client.RefreshSessionAsync(sessionId, cancellationToken));
}
