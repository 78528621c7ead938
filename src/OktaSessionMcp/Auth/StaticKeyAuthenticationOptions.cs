using Microsoft.AspNetCore.Authentication;

namespace OktaSessionMcp.Auth;

internal sealed class StaticKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>The scheme that gets a bearer token that is not one of the keys (OAuth access tokens); null: refused.</summary>
    public string? FallbackScheme { get; set; }
}
