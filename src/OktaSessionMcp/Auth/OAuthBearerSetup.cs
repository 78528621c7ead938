using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace OktaSessionMcp.Auth;

/// <summary>
/// JwtBearer for the access tokens of --oauth-issuer: its OpenID metadata and JWKS, then signature (asymmetric
/// algorithms only), issuer, audience and lifetime. Claims keep their JWT names (sub, scp, scope).
/// </summary>
/// <remarks>
/// Options are built on first use, which is the first request: by then the listener is bound, so a resource URL
/// derived from it (the default audience) is known.
/// </remarks>
internal sealed class OAuthBearerSetup(AuthSettings settings, ProtectedResource resource) : IConfigureNamedOptions<JwtBearerOptions>
{
    // An issuer's JWKS never holds a shared secret, and refusing HS* rules out key confusion.
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != JwtBearerDefaults.AuthenticationScheme || settings.Issuer is not { } issuer)
        {
            return;
        }

        options.Authority = issuer;
        options.MetadataAddress = $"{issuer.TrimEnd('/')}/.well-known/openid-configuration";
        options.RequireHttpsMetadata = new Uri(issuer).Scheme == Uri.UriSchemeHttps; // AuthOptionsValidator allows http on loopback only
        options.BackchannelHttpHandler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        options.BackchannelTimeout = TimeSpan.FromSeconds(10);
        options.MapInboundClaims = false;
        options.EventsType = typeof(OAuthBearerEvents);

        var parameters = options.TokenValidationParameters;
        parameters.ValidIssuers = [issuer, issuer.TrimEnd('/')];
        parameters.ValidAudience = resource.Audience;
        parameters.ValidAlgorithms = Algorithms;
        parameters.RequireAudience = true;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.ClockSkew = TimeSpan.FromMinutes(1);
        parameters.AuthenticationType = CallerPrincipal.OAuthAuthenticationType;
        parameters.NameClaimType = "sub";
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
