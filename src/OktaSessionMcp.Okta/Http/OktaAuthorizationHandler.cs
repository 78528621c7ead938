using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace OktaSessionMcp.Okta.Http;

/// <summary>Stamps <c>Authorization: SSWS &lt;token&gt;</c> on every request, so the client code never sees the token.</summary>
internal sealed class OktaAuthorizationHandler(IOptions<OktaClientOptions> options) : DelegatingHandler
{
    private static readonly string[] PassThroughSchemes = ["SSWS", "Bearer"];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = CreateHeader(options.Value.ApiToken ?? string.Empty);
        return base.SendAsync(request, cancellationToken);
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
}
