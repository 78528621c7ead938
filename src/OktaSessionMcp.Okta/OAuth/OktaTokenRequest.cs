using System.Text.Json;
using OktaSessionMcp.Okta.Json;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// One client-credentials token request to the org authorization server, as Okta expects it for an API Services app:
/// <c>POST {org}/oauth2/v1/token</c> with a private_key_jwt assertion and a DPoP proof, and, when Okta answers
/// <c>use_dpop_nonce</c>, once more with its nonce.
/// </summary>
internal static class OktaTokenRequest
{
    public const string Path = "oauth2/v1/token";

    // A token answer is a few hundred bytes; the bound keeps a misbehaving server from filling memory.
    private const long MaxBodyBytes = 64 * 1024;

    public static async Task<OktaTokenOutcome> SendAsync(OktaAccessTokens tokens, OktaHttpSend send, CancellationToken cancellationToken)
    {
        var options = tokens.Options;
        var url = new Uri(options.OrgUrl!, Path);
        for (var attempt = 0; ; attempt++)
        {
            var now = options.TimeProvider.GetUtcNow();
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["scope"] = options.Scopes,
                    ["client_assertion_type"] = OktaProofs.AssertionType,
                    ["client_assertion"] = OktaProofs.ClientAssertion(tokens.Key, options.ClientId!, url, now),
                }),
            };
            request.Headers.TryAddWithoutValidation("DPoP", OktaProofs.DPoP(tokens.Key, HttpMethod.Post, url, now, tokens.Nonce, accessToken: null));
            var response = await send(request, cancellationToken);
            var nonce = tokens.RememberNonce(response);
            var status = (int)response.StatusCode;
            if (status is 429 or >= 500)
            {
                return new(null, response);
            }

            using (response)
            {
                await response.Content.LoadIntoBufferAsync(MaxBodyBytes, cancellationToken);
                var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return new(Read(body, response, now), null);
                }

                var error = Parse(body, OktaJsonContext.Default.TokenErrorBody);
                // The one resend: Okta asked for its nonce and named it, and a 400 means it issued nothing.
                if (attempt == 0 && error?.Error == "use_dpop_nonce" && nonce is not null)
                {
                    continue;
                }

                throw new OktaTokenException(status, error?.Error, error?.ErrorDescription, OktaResponseHeaders.RequestId(response));
            }
        }
    }

    private static OktaAccessToken Read(byte[] body, HttpResponseMessage response, DateTimeOffset requestedAt)
    {
        var token = Parse(body, OktaJsonContext.Default.TokenResponse);
        var isDPoP = string.Equals(token?.TokenType, "DPoP", StringComparison.OrdinalIgnoreCase);
        if (token is not { AccessToken.Length: > 0, ExpiresIn: > 0 }
            || !(isDPoP || string.Equals(token.TokenType, "Bearer", StringComparison.OrdinalIgnoreCase)))
        {
            throw new OktaTokenException((int)response.StatusCode, error: null, "no access_token, token_type DPoP or Bearer, and expires_in", OktaResponseHeaders.RequestId(response));
        }

        // Counted from when the request left, so that a slow answer cannot make the token look fresher than it is.
        return new OktaAccessToken(token.AccessToken, isDPoP, requestedAt.AddSeconds(Math.Min(token.ExpiresIn.Value, 86_400)));
    }

    private static T? Parse<T>(byte[] body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(OktaJson.WithoutBom(body), type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
