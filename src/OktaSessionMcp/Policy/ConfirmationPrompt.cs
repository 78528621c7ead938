using System.Text.Json;

namespace OktaSessionMcp.Policy;

/// <summary>
/// The question put to the person, with what they need to decide (whose session, how old), and how the answer is read:
/// only an accepted form with confirm = true is a yes. The session id is not shown: the person recognises a login, and
/// the id is a bearer secret.
/// </summary>
internal static class ConfirmationPrompt
{
    public const string InputKey = "confirm";
    public const string Field = "confirm";

    public static ElicitRequestParams For(OktaSession session, DateTimeOffset now) => new()
    {
        Message = $"Close the Okta session of {Owner(session)}, created {SessionAge.Describe(session.CreatedAt, now)}? " +
            "The user is signed out of Okta at once and must sign in again; this cannot be undone.",
        RequestedSchema = new()
        {
            Properties =
            {
                [Field] = new ElicitRequestParams.BooleanSchema
                {
                    Title = "Close the session",
                    Description = "Yes to close the session now.",
                    Default = false,
                },
            },
            Required = [Field],
        },
    };

    /// <summary>An answer as MCP's schema writes one: action "accept", "decline" or "cancel", in those letters.</summary>
    public static bool IsReadable(ElicitResult? answer) => answer?.Action is "accept" or "decline" or "cancel";

    // "accept" exactly: the SDK's IsAccepted ignores case, and a yes to closing a session must be one the schema allows.
    public static bool IsConfirmed(ElicitResult? answer) =>
        answer is { Action: "accept", Content: { } content }
        && content.TryGetValue(Field, out var confirm)
        && confirm.ValueKind == JsonValueKind.True;

    public static ElicitResult? AnswerIn(CallToolRequestParams? parameters) =>
        parameters?.InputResponses is { } responses && responses.TryGetValue(InputKey, out var response)
            ? ReadAnswer(response)
            : null;

    private static ElicitResult? ReadAnswer(InputResponse response)
    {
        try
        {
            return response.Deserialize(InputResponse.ElicitResultJsonTypeInfo);
        }
        catch (JsonException)
        {
            // A malformed answer is no answer: the session stays open.
            return null;
        }
    }

    private static string Owner(OktaSession session) =>
        session.Login is { Length: > 0 } login ? login
        : session.UserId is { Length: > 0 } userId ? $"user {userId}"
        : "an unknown user";
}
