using System.ComponentModel;
using System.Globalization;

namespace OktaSessionMcp.Tools;

/// <summary>
/// The seed's Arazzo workflow "create-and-refresh-session" as one tool: createSession, then refreshSession on the new id,
/// each step successful only when Okta answers 200 (the shared client throws on anything else).
/// </summary>
[McpServerToolType]
public sealed class CreateAndRefreshSessionTool(IOktaSessionClient client)
{
    public const string Name = "okta-create-and-refresh-session";

    [McpServerTool(Name = Name, Title = "Okta Create and Refresh Session",
        ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CreateAndRefreshSessionResult))]
    [Description("Okta Create and Refresh Session. Exchanges a one-time session token (from Okta's Authentication API) " +
        "for a new Okta session, then refreshes that session at once to extend its lifetime (POST /api/v1/sessions, then " +
        "POST /api/v1/sessions/{sessionId}/lifecycle/refresh). Use it when you hold a fresh session token and want a " +
        "session that lasts as long as possible. The token is consumed: a second call with it fails. Returns sessionId " +
        "(pass it to the other session tools), expiresAt and userId. If the refresh fails after the session was created, " +
        "the error still gives the new sessionId, and the refresh can be retried with okta-refresh-session.")]
    public async Task<CallToolResult> CreateAndRefreshSessionAsync(
        [Description(SessionTokenArgument.Description)] string sessionToken,
        CancellationToken cancellationToken)
    {
        if (!OktaIdentifiers.IsValidSessionToken(sessionToken))
        {
            return SessionTokenArgument.Invalid("sessionToken");
        }

        OktaSession created;
        try
        {
            created = await client.CreateSessionAsync(sessionToken, cancellationToken);
        }
        catch (OktaApiException ex)
        {
            return ToolResults.Error("The session could not be created. " + ToolErrorMapper.Describe(ex, sessionId: null));
        }

        if (!OktaIdentifiers.IsValidSessionId(created.Id))
        {
            return ToolResults.Error("Okta created a session but its answer carries no usable session id, so it cannot be " +
                "refreshed. Check that OKTA_ORG_URL points at an Okta org.");
        }

        return await RefreshAsync(created, created.Id!, cancellationToken);
    }

    private async Task<CallToolResult> RefreshAsync(OktaSession created, string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            var refreshed = await client.RefreshSessionAsync(sessionId, cancellationToken);
            return ToolResults.Structured(
                new CreateAndRefreshSessionResult
                {
                    SessionId = sessionId,
                    ExpiresAt = refreshed.ExpiresAt ?? created.ExpiresAt,
                    UserId = refreshed.UserId ?? created.UserId,
                },
                ToolJsonContext.Default.CreateAndRefreshSessionResult);
        }
        catch (OktaApiException ex)
        {
            // The one error that names a session id, on purpose: the session exists now, and without its id it is lost.
            return ToolResults.Error(
                $"The session was created (sessionId {sessionId}, expiresAt {Timestamp(created.ExpiresAt)}) but could not " +
                $"be refreshed: {ToolErrorMapper.Describe(ex, sessionId)} The session is usable as it is; retry the refresh " +
                "with okta-refresh-session and this sessionId.");
        }
    }

    private static string Timestamp(DateTimeOffset? value) =>
        value is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "unknown";
}
