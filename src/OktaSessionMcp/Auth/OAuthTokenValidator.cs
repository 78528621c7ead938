using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OktaSessionMcp.Auth;

/// <summary>
/// Validates JWT access tokens the way Microsoft.AspNetCore.Authentication.JwtBearer does (that package's 10.0.x
/// releases need an IdentityModel the package feed lacks): the issuer's OpenID metadata and JWKS, fetched and cached by
/// a ConfigurationManager, then signature, issuer, audience and lifetime. Nothing of a token reaches a log: only the
/// kind of failure.
/// </summary>
internal sealed partial class OAuthTokenValidator
{
    public const string HttpClientName = "OktaSessionMcp.OAuthIssuer";

    // Asymmetric algorithms only: an issuer's JWKS never holds a shared secret, and refusing HS* rules out key confusion.
    private static readonly string[] Algorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly string[] _issuers;
    private readonly ProtectedResource _resource;
    private readonly ILogger<OAuthTokenValidator> _logger;

    public OAuthTokenValidator(AuthSettings settings, ProtectedResource resource, IHttpClientFactory httpClients, ILogger<OAuthTokenValidator> logger)
    {
        _resource = resource;
        _logger = logger;
        // Registered only when an issuer is configured (InboundSecurity).
        var issuer = settings.Issuer ?? throw new InvalidOperationException("OAuth token validation needs Auth:OAuthIssuer.");
        _issuers = [issuer, issuer.TrimEnd('/')];
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            RequireHttps = new Uri(issuer).Scheme == Uri.UriSchemeHttps,
        };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            $"{issuer.TrimEnd('/')}/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <returns>The token's identity, or <see langword="null"/> when it is not valid here.</returns>
    public async Task<ClaimsIdentity?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await _metadata.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogIssuerUnavailable(_logger, ex.GetType().Name);
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration));
        if (result.IsValid)
        {
            return result.ClaimsIdentity;
        }

        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The issuer may have rotated its keys: fetch the JWKS again before the next token.
            _metadata.RequestRefresh();
        }

        // The kind of failure only: the exception's message may quote parts of the token.
        var failure = result.Exception?.GetType().Name ?? "unknown";
        LogTokenRejected(_logger, failure);
        return null;
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuers = _issuers,
        ValidAudience = _resource.Audience,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = Algorithms,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        RequireAudience = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromMinutes(1),
        AuthenticationType = CallerPrincipal.OAuthAuthenticationType,
        NameClaimType = "sub",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OAuth issuer's metadata or keys could not be fetched ({Failure}); tokens cannot be validated until it answers.")]
    private static partial void LogIssuerUnavailable(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "An access token was rejected: {Failure}.")]
    private static partial void LogTokenRejected(ILogger logger, string failure);
}
