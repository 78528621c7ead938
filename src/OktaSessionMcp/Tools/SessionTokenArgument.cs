namespace OktaSessionMcp.Tools;

/// <summary>The session-token argument of the tools that create a session: its description and its refusal.</summary>
internal static class SessionTokenArgument
{
    public const string Description = "The one-time session token from Okta's Authentication API (POST /api/v1/authn). " +
        "Not a session id and not a cookie. It can be redeemed once, within minutes of being issued.";

    /// <param name="name">How the tool's caller names it: sessionToken, or body.sessionToken.</param>
    public static CallToolResult Invalid(string name) => ToolResults.InvalidArgument(
        $"{name} must be the one-time session token returned by Okta's Authentication API: 1 to 2048 printable ASCII characters without spaces.");
}
