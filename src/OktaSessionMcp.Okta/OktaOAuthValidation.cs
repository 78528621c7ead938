using OktaSessionMcp.Okta.OAuth;

namespace OktaSessionMcp.Okta;

/// <summary>
/// The OAuth settings' part of <see cref="OktaClientOptionsValidator"/>: the key is loaded once at start-up so that a
/// file that cannot be read or parsed stops the server then, not at the first call. Messages never hold the key.
/// </summary>
internal static class OktaOAuthValidation
{
    public static void Validate(OktaClientOptions options, List<string> failures)
    {
        var hasKey = options.PrivateKey is not null || !string.IsNullOrWhiteSpace(options.PrivateKeyFile);
        if (!options.UsesOAuth)
        {
            if (hasKey)
            {
                failures.Add("OKTA_CLIENT_ID is required with OKTA_PRIVATE_KEY_FILE: set it to the client id of the Okta API Services app whose key this is");
            }

            return;
        }

        if (options.ClientId!.Trim() != options.ClientId || options.ClientId.AsSpan().IndexOfAny(" \r\n\"") >= 0)
        {
            failures.Add("OKTA_CLIENT_ID must be the app's client id alone: remove spaces, quotes and line breaks");
        }

        if (string.IsNullOrWhiteSpace(options.Scopes) || options.Scopes.AsSpan().IndexOfAny("\r\n\"") >= 0)
        {
            failures.Add($"OKTA_SCOPES must be space-separated scopes on one line, e.g. '{OktaClientOptions.DefaultScopes}'");
        }

        if (options.KeyId is { } kid && (kid.Length == 0 || kid.AsSpan().IndexOfAny("\r\n\"") >= 0))
        {
            failures.Add("OKTA_KEY_ID must be the key's kid as the Admin Console shows it, on one line");
        }

        if (!hasKey)
        {
            failures.Add("OKTA_PRIVATE_KEY_FILE is required with OKTA_CLIENT_ID: set it to the app's private key file (PEM PKCS#8 RSA or EC P-256, or a JWK)");
            return;
        }

        var setting = options.PrivateKey is not null ? "OktaClientOptions.PrivateKey" : "OKTA_PRIVATE_KEY_FILE";
        try
        {
            OktaSigningKey.Load(options).Dispose();
        }
        catch (OktaKeyException exception)
        {
            failures.Add($"{setting} {exception.Message}");
        }
    }
}
