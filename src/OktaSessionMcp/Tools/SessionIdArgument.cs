using System.Text.Json;

namespace OktaSessionMcp.Tools;

/// <summary>The one description and check of the sessionId argument shared by the session tools.</summary>
internal static class SessionIdArgument
{
    public const string Description =
        "The Okta session id: the `id` of a Session returned by okta-create-session-session-token (the value of the " +
        "user's `sid` cookie), for example 102GALFUf5nQ2mSCB9NJ8aDLA. Not a session token and not a cookie header.";

    /// <summary>The sessionId a call carries as a string, unchecked, for the filters that read it before the tool binds it.</summary>
    public static string? Of(IDictionary<string, JsonElement>? arguments) =>
        arguments is not null && arguments.TryGetValue("sessionId", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>Returns an error result when the id cannot be an Okta id, so nothing is sent; otherwise null.</summary>
    public static CallToolResult? Check(string? sessionId) =>
        OktaIdentifiers.IsValidSessionId(sessionId)
            ? null
            : ToolResults.InvalidArgument(
                "sessionId must be an Okta session id: 1 to 64 ASCII letters, digits, '_' or '-', other than \"me\".");
}
