namespace OktaSessionMcp.Auth;

/// <summary>A static bearer key: its name (the caller in audit records), the SHA-256 of the key, and what it may do.</summary>
/// <param name="Scopes">The scopes the key grants; <see langword="null"/> for all of them.</param>
internal sealed record StaticKey(string Name, byte[] Hash, IReadOnlyList<string>? Scopes);
