namespace OktaSessionMcp.Okta;

/// <summary>Which limit a call ran into.</summary>
internal enum OktaTimeoutScope
{
    /// <summary>Every attempt took longer than the attempt timeout.</summary>
    Attempt,

    /// <summary>The call's total time budget ran out while Okta was being asked or a retry was waiting.</summary>
    Total,

    /// <summary>The call's total time budget ran out before a slot under the concurrency cap came free.</summary>
    Queue,
}
