using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Okta.OAuth;

namespace OktaSessionMcp.Okta.Http;

/// <summary>
/// Stamps each request's credentials, so the client code never sees them: <c>SSWS &lt;token&gt;</c> with an API token,
/// or, with an OAuth client configured, <c>DPoP &lt;token&gt;</c> and a fresh proof (or <c>Bearer</c>) for every call
/// except createSession, which Okta accepts only with an API token.
/// </summary>
internal sealed class OktaAuthorizationHandler(IOptions<OktaClientOptions> options, OktaAccessTokens tokens) : DelegatingHandler
{
    private static readonly string[] PassThroughSchemes = ["SSWS", "Bearer"];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.UsesOAuth || OktaRequestOptions.CallOf(request)?.Operation == OktaOperations.CreateSession)
        {
            request.Headers.Authorization = CreateHeader(settings.ApiToken ?? string.Empty);
            return base.SendAsync(request, cancellationToken);
        }

        return SendWithAccessTokenAsync(request, cancellationToken);
    }

    /// <summary>A token already written as "SSWS x" or "Bearer x" (an OAuth access token) is sent as given.</summary>
    internal static AuthenticationHeaderValue CreateHeader(string token)
    {
        var space = token.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && PassThroughSchemes.Contains(token[..space], StringComparer.OrdinalIgnoreCase))
        {
            return new AuthenticationHeaderValue(token[..space], token[(space + 1)..]);
        }

        return new AuthenticationHeaderValue("SSWS", token);
    }

    private async Task<HttpResponseMessage> SendWithAccessTokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        OktaAccessToken? rejected = null;
        for (var attempt = 0; ; attempt++)
        {
            var outcome = await tokens.GetAsync(SendOnAsync, rejected, cancellationToken);
            if (outcome.Unavailable is { } unavailable)
            {
                return unavailable;
            }

            var token = outcome.Token!;
            Stamp(request, token);
            var response = await base.SendAsync(request, cancellationToken);
            var nonce = tokens.RememberNonce(response);
            var error = response.StatusCode == HttpStatusCode.Unauthorized ? OktaChallenge.Of(response).Error : null;
            // One renewed attempt, and only when Okta says what to renew: its nonce, or the token. A 401 means Okta did
            // nothing with the request, so sending it again is safe even for a refresh.
            var renew = attempt == 0 && ((error == "use_dpop_nonce" && nonce is not null) || error == "invalid_token");
            if (!renew)
            {
                return response;
            }

            rejected = error == "invalid_token" ? token : null;
            response.Dispose();
        }
    }

    private void Stamp(HttpRequestMessage request, OktaAccessToken token)
    {
        // A retried request comes back through here: its previous proof is spent.
        request.Headers.Remove("DPoP");
        if (!token.IsDPoP)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
            return;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("DPoP", token.Value);
        request.Headers.TryAddWithoutValidation("DPoP", OktaProofs.DPoP(
            tokens.Key, request.Method, request.RequestUri!, options.Value.TimeProvider.GetUtcNow(), tokens.Nonce, token.Value));
    }

    private Task<HttpResponseMessage> SendOnAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
