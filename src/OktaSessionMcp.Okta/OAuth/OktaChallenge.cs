using System.Text.RegularExpressions;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>The parameters of a <c>WWW-Authenticate</c> challenge that the client acts on (RFC 6750 and RFC 9449).</summary>
internal sealed partial record OktaChallenge(string? Error, string? Scope)
{
    public static OktaChallenge Of(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? error = null, scope = null;
        foreach (var challenge in response.Headers.WwwAuthenticate)
        {
            foreach (Match match in Parameter().Matches(challenge.Parameter ?? string.Empty))
            {
                var value = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["token"].Value;
                switch (match.Groups["name"].Value.ToLowerInvariant())
                {
                    case "error":
                        error ??= value;
                        break;
                    case "scope":
                        scope ??= value;
                        break;
                }
            }
        }

        return new(error, scope);
    }

    /// <summary>The DPoP-Nonce header (RFC 9449 section 8), if the answer carries one.</summary>
    public static string? NonceOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("DPoP-Nonce", out var values) ? values.FirstOrDefault() : null;

    [GeneratedRegex("""(?<name>[A-Za-z_]+)\s*=\s*(?:"(?<quoted>[^"]*)"|(?<token>[^\s,]+))""")]
    private static partial Regex Parameter();
}
