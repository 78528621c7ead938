using System.Security.Cryptography;
using System.Text;

namespace OktaSessionMcp.Okta;

/// <summary>Checks for Okta session ids and session tokens, and a fingerprint that is safe to log.</summary>
public static class OktaIdentifiers
{
    private const int MaxSessionIdLength = 64;
    private const int MaxSessionTokenLength = 2048;
    private const int FingerprintPrefixLength = 4;

    /// <summary>What a valid session id looks like, for error messages.</summary>
    public const string SessionIdRule = "an Okta session id is 1 to 64 ASCII letters, digits, '_' or '-', other than \"me\"";

    /// <summary>What a valid session token looks like, for error messages.</summary>
    internal const string SessionTokenRule = "an Okta session token is 1 to 2048 printable ASCII characters without spaces";

    /// <summary>
    /// Whether <paramref name="value"/> can be an Okta session id: 1 to 64 ASCII letters, digits, '_' or '-', other than
    /// <c>me</c>. <c>/api/v1/sessions/me</c> is another resource in Okta's API: the caller's own session, read, closed and
    /// refreshed by its cookie (getCurrentSession, closeCurrentSession, refreshCurrentSession), never with an API token.
    /// </summary>
    /// <param name="value">The candidate session id.</param>
    /// <returns><see langword="true"/> if the value has the shape of a session id.</returns>
    public static bool IsValidSessionId(string? value) =>
        value is { Length: > 0 and <= MaxSessionIdLength }
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
        && !value.Equals("me", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="value"/> can be an Okta session token: 1 to 2048 printable ASCII characters, no spaces.</summary>
    /// <param name="value">The candidate session token.</param>
    /// <returns><see langword="true"/> if the value has the shape of a session token.</returns>
    public static bool IsValidSessionToken(string? value) =>
        value is { Length: > 0 and <= MaxSessionTokenLength } && value.All(c => c is > ' ' and <= '~');

    /// <summary>
    /// A short fingerprint of a secret identifier that is safe to log: its first 4 characters, "…", and the first
    /// 8 hex digits of its SHA-256, e.g. <c>102a…3f9c01de</c>. Values of 8 characters or fewer show no prefix, so
    /// that the prefix never reveals most of the value.
    /// </summary>
    /// <param name="value">The value to fingerprint, typically a session id.</param>
    /// <returns>The fingerprint.</returns>
    public static string Fingerprint(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        // Only printable ASCII from the prefix: a fingerprint must never carry a line break into a log.
        var prefix = value.Length > 2 * FingerprintPrefixLength
            ? new string(value.AsSpan(0, FingerprintPrefixLength).ToArray().Select(c => c is > ' ' and <= '~' ? c : '?').ToArray())
            : string.Empty;
        return prefix + "…" + Convert.ToHexStringLower(hash[..4]);
    }
}
