using System.ComponentModel;

namespace OktaSessionMcp.Tools;

[McpServerToolType]
public sealed class CreateSessionTool(IOktaSessionClient client)
{
    public const string Name = "okta-create-session-session-token";

    [McpServerTool(Name = Name, Title = "Okta Create Session with Session Token",
        ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(SessionSchema))]
    [Description("Okta Create Session with Session Token. Exchanges a one-time session token (from Okta's " +
        "Authentication API) for a new Okta session for that user (POST /api/v1/sessions). Use it when you hold a " +
        "fresh session token and need a session to inspect, refresh or close later. The token is consumed: a second " +
        "call with the same token fails. Returns Okta's Session object: id (the session id to pass to the other " +
        "tools), userId, login, status, createdAt, expiresAt, amr, idp and _links.")]
    public async Task<CallToolResult> CreateSessionAsync(
        [Description("Request body: an object with the required string property sessionToken.")] CreateSessionBody body,
        CancellationToken cancellationToken)
    {
        if (body is null || !OktaIdentifiers.IsValidSessionToken(body.SessionToken))
        {
            return SessionTokenArgument.Invalid("body.sessionToken");
        }

        return ToolResults.Session(await client.CreateSessionAsync(body.SessionToken, cancellationToken));
    }
}
