using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Static bearer keys (<see cref="StaticKeyStore"/>: SHA-256, compared in constant time). A token that is no key goes
/// to <see cref="StaticKeyAuthenticationOptions.FallbackScheme"/> when there is one, so keys are tried first and OAuth
/// second in a single default scheme, and the rate limiter after authentication sees whichever caller it was.
/// </summary>
internal sealed class StaticKeyAuthenticationHandler(
    IOptionsMonitor<StaticKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, AuthSettings settings)
    : AuthenticationHandler<StaticKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "StaticKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The health probes stay out of authentication, as they stay out of authorization.
        var token = InboundSecurityExemptions.IsExempt(Context) ? null : BearerToken.Read(Request);
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (token.Length > 0 && settings.Keys.Match(token) is { } key)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.ForKey(key, settings), Scheme.Name));
        }

        if (token.Length > 0 && Options.FallbackScheme is { } fallback)
        {
            // The fallback's failure text stays out: the base class logs it, and a token's parts do not belong in a log.
            var result = await Context.AuthenticateAsync(fallback);
            return result.Failure is null ? result : Rejected;
        }

        return Rejected;
    }

    private static AuthenticateResult Rejected => AuthenticateResult.Fail("The bearer token is neither a known key nor a valid access token.");
}
