using System.Security.Claims;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Establishes who is calling, before the rate limiter (which partitions by caller) and before authorization (which
/// answers 401 or 403). A static key is tried first, in constant time; then, if an issuer is configured, the token as a
/// JWT (the validator is registered only when an issuer is). The inbound token stays here: the Okta client stamps its own SSWS token, so nothing is passed through.
/// </summary>
internal sealed class InboundAuthentication(RequestDelegate next, AuthSettings settings, OAuthTokenValidator? validator = null)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (InboundSecurityExemptions.IsExempt(context))
        {
            await next(context);
            return;
        }

        if (QueryStringTokens.Present(context.Request))
        {
            await AuthChallenges.QueryStringTokenAsync(context);
            return;
        }

        if (settings.IsEnabled && BearerToken.Read(context.Request) is { } token)
        {
            var user = await AuthenticateAsync(token, context.RequestAborted);
            if (user is null)
            {
                context.Features.Set(TokenRejected.Instance);
            }
            else
            {
                context.User = user;
            }
        }

        await next(context);
    }

    private async Task<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length == 0)
        {
            return null;
        }

        if (settings.Keys.Match(token) is { } key)
        {
            return CallerPrincipal.ForKey(key, settings);
        }

        return validator is not null && await validator.ValidateAsync(token, cancellationToken) is { } identity ? new ClaimsPrincipal(identity) : null;
    }
}
