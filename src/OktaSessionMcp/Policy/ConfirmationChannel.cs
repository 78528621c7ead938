namespace OktaSessionMcp.Policy;

/// <summary>How the person can be asked during a tool call, if at all.</summary>
internal enum ConfirmationChannel
{
    /// <summary>The client cannot ask: it declared no form elicitation, or the server has no way back to it.</summary>
    None,

    /// <summary>Up to 2025-11-25, on a stateful session: elicitation/create sent while the call waits.</summary>
    Elicitation,

    /// <summary>2026-07-28: an input_required result, and the client retries the call with the answer.</summary>
    MultiRoundTrip,
}
