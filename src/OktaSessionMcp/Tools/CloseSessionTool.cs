using System.ComponentModel;

namespace OktaSessionMcp.Tools;

[McpServerToolType]
public sealed class CloseSessionTool(IOktaSessionClient client)
{
    public const string Name = "okta-close-session";

    [McpServerTool(Name = Name, Title = "Okta Close Session",
        ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false,
        UseStructuredContent = true, OutputSchemaType = typeof(CloseSessionResult))]
    [Description("Okta Close Session. Ends an Okta session now (DELETE /api/v1/sessions/{sessionId}): the user is " +
        "signed out of Okta in the browser that holds it and must sign in again. Use it to revoke a suspicious or " +
        "no longer needed session. It cannot be undone. Returns {\"closed\": true, \"message\": \"...\"} on success; a " +
        "session that is already closed or expired is reported as not found.")]
    public async Task<CallToolResult> CloseSessionAsync(
        [Description(SessionIdArgument.Description)] string sessionId,
        CancellationToken cancellationToken)
    {
        if (SessionIdArgument.Check(sessionId) is { } invalid)
        {
            return invalid;
        }

        await client.CloseSessionAsync(sessionId, cancellationToken);
        return ToolResults.Structured(
            new CloseSessionResult { Closed = true, Message = "The Okta session was closed; the user must sign in again." },
            ToolJsonContext.Default.CloseSessionResult);
    }
}
