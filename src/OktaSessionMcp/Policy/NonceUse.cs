namespace OktaSessionMcp.Policy;

/// <summary>The outcome of using a confirmation's nonce.</summary>
internal enum NonceUse
{
    /// <summary>Never used before: the confirmation may proceed.</summary>
    First,

    /// <summary>Used before: a replay.</summary>
    Again,

    /// <summary>Too many unexpired confirmations are remembered to take another.</summary>
    Full,

    /// <summary>The store could not be asked (Redis unreachable, or it did not answer in time): not known to be unused.</summary>
    Unavailable,
}
