using System.ComponentModel;

namespace OktaSessionMcp.Tools;

[McpServerToolType]
public sealed class GetSessionTool(IOktaSessionClient client)
{
    public const string Name = "get-details-about-session";

    [McpServerTool(Name = Name, Title = "Get details about a session",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SessionSchema))]
    [Description("Get details about a session. Reads one Okta session by its id (GET /api/v1/sessions/{sessionId}) " +
        "without changing it. Use it to check whether a session is still active, who it belongs to, how the user " +
        "authenticated and when it expires. Returns Okta's Session object (id, userId, login, status, createdAt, " +
        "expiresAt, lastPasswordVerification, lastFactorVerification, amr, idp, _links); an unknown, expired or " +
        "closed session is reported as not found.")]
    public async Task<CallToolResult> GetSessionAsync(
        [Description(SessionIdArgument.Description)] string sessionId,
        CancellationToken cancellationToken) =>
        SessionIdArgument.Check(sessionId) ?? ToolResults.Session(await client.GetSessionAsync(sessionId, cancellationToken));
}
