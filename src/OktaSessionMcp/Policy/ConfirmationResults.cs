using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Policy;

/// <summary>The answers to a destructive call that was not confirmed: each says what happened and what to do.</summary>
internal static class ConfirmationResults
{
    private const string NotClosed = "Not closed: ";
    private const string NothingChanged = " Nothing was changed in Okta.";

    public static CallToolResult Declined() =>
        ToolResults.Error(NotClosed + "the person declined." + NothingChanged);

    public static CallToolResult NoAnswer() => ToolResults.Error(NotClosed + "the call brought this server's requestState but " +
        "no answer it can read (inputResponses.confirm, with action accept, decline or cancel). Call the tool again, without " +
        "requestState, to be asked anew." + NothingChanged);

    public static CallToolResult CannotAsk() => ToolResults.Error(NotClosed + "this server requires a person to confirm " +
        "closing a session (--confirm-destructive always), and this client cannot ask: it declared no form elicitation, " +
        "or the server is stateless on a protocol revision before 2026-07-28. Use a client that supports elicitation." + NothingChanged);

    public static CallToolResult CannotAskViewHost() => ToolResults.Error(NotClosed + "this client renders MCP Apps views, " +
        "where one click could close a session, so closing needs a person's confirmation, and this client cannot ask: it " +
        "declared no form elicitation, or the server is stateless on a protocol revision before 2026-07-28. Close the " +
        "session from a client that supports elicitation." + NothingChanged);

    public static CallToolResult Refused(RequestStateVerdict verdict) => ToolResults.Error(NotClosed + verdict switch
    {
        RequestStateVerdict.Expired => "the confirmation expired before it came back. Call the tool again to be asked anew.",
        RequestStateVerdict.Replayed => "this confirmation was already used; each works once. Call the tool again to be asked anew.",
        RequestStateVerdict.Overloaded => "too many confirmations are pending on this server. Try again in a few minutes.",
        RequestStateVerdict.Unavailable => "this server cannot check right now that a confirmation is used only once: the " +
            "store it shares with the other instances (Redis) is unreachable. Reading and refreshing sessions still work. Try " +
            "again in a few minutes; if the answer is then that the confirmation was already used, call the tool again to be asked anew.",
        _ => "the requestState is not one this server issued for this caller, tool and arguments (altered, from another " +
            "server, or for another call). Call the tool again, without requestState, to be asked anew.",
    } + NothingChanged);
}
