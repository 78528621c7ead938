namespace OktaSessionMcp.Okta;

/// <summary>Settings of the Okta client, validated at start-up.</summary>
public sealed class OktaClientOptions
{
    /// <summary>
    /// The org's origin, e.g. <c>https://example.okta.com</c> (from <c>OKTA_ORG_URL</c>). https is required; http is
    /// accepted only for loopback hosts. No path, query, fragment or user info.
    /// </summary>
    public Uri? OrgUrl { get; set; }

    /// <summary>
    /// The Okta API token (from <c>OKTA_API_KEY</c>), sent as <c>Authorization: SSWS &lt;token&gt;</c>. A value that
    /// already starts with <c>SSWS </c> or <c>Bearer </c> is sent as given.
    /// </summary>
    public string? ApiToken { get; set; }

    /// <summary>How long one attempt (request, headers and body) may take. Default 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a whole call may take, across any retries. Default 30 seconds.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest response body accepted, in bytes. Default 1 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 1024 * 1024;
}
