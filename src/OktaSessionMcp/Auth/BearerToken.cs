namespace OktaSessionMcp.Auth;

/// <summary>Reads the bearer token of the Authorization header (RFC 6750 section 2.1, the only method this server accepts).</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    // Far above any real access token, well below Kestrel's header limit: anything longer is not worth validating.
    private const int MaxLength = 16 * 1024;

    /// <returns>The token; empty when a Bearer header is present but unusable; null when no Bearer credential was sent.</returns>
    public static string? Read(HttpRequest request)
    {
        var values = request.Headers.Authorization;
        if (values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            return ""; // two Authorization headers: which one counts is ambiguous, so neither does
        }

        var header = values[0] ?? "";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Scheme.Length..].Trim();
        return token.Length <= MaxLength ? token : "";
    }
}
