namespace OktaSessionMcp.Policy;

/// <summary>What checking a requestState found.</summary>
internal enum RequestStateVerdict
{
    /// <summary>Ours, for this caller, tool and arguments, unexpired and unused.</summary>
    Valid,

    /// <summary>Not ours, altered, or issued for another caller, tool or arguments.</summary>
    Invalid,

    /// <summary>Ours, but past its expiry.</summary>
    Expired,

    /// <summary>Ours, but used before.</summary>
    Replayed,

    /// <summary>Ours, but too many confirmations are pending to take it now.</summary>
    Overloaded,

    /// <summary>Ours, but whether it was used before cannot be checked now (the fleet's store is unreachable).</summary>
    Unavailable,
}
