namespace OktaSessionMcp.StreamableHttp.Protocol;

/// <summary>The protocol revisions this endpoint serves, as sent in the MCP-Protocol-Version header.</summary>
internal static class ProtocolVersions
{
    /// <summary>The revision that replaced initialize and sessions with per-request metadata (SEP-2575, SEP-2567).</summary>
    public const string PerRequestMetadata = "2026-07-28";

    public static readonly IReadOnlyList<string> Supported =
        ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", PerRequestMetadata];

    public static bool IsSupported(string version) => Supported.Contains(version, StringComparer.Ordinal);

    public static bool UsesPerRequestMetadata(string? version) =>
        string.Equals(version, PerRequestMetadata, StringComparison.Ordinal);
}
