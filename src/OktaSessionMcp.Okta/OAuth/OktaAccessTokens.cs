using Microsoft.Extensions.Options;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// The process's one access token: reused until a minute before it expires, fetched by one caller at a time while
/// the others wait for it, and renewed once when Okta rejects it. Also keeps the latest DPoP nonce Okta sent.
/// </summary>
internal sealed class OktaAccessTokens(IOptions<OktaClientOptions> options) : IDisposable
{
    /// <summary>A token this close to its expiry is not used: a request may take a while to reach Okta.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Lazy<OktaSigningKey> key = new(() => OktaSigningKey.Load(options.Value));
    private OktaAccessToken? current;
    private string? nonce;

    public OktaClientOptions Options => options.Value;

    public OktaSigningKey Key => key.Value;

    /// <summary>The latest DPoP-Nonce from Okta, put into every proof until Okta names another.</summary>
    public string? Nonce => Volatile.Read(ref nonce);

    /// <summary>A usable token; a fresh one when <paramref name="rejected"/> is the current one (Okta refused it).</summary>
    public async Task<OktaTokenOutcome> GetAsync(OktaHttpSend send, OktaAccessToken? rejected, CancellationToken cancellationToken)
    {
        if (Usable(rejected) is { } token)
        {
            return new(token, null);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have fetched one while this one waited.
            if (Usable(rejected) is { } fetched)
            {
                return new(fetched, null);
            }

            var outcome = await OktaTokenRequest.SendAsync(this, send, cancellationToken);
            Volatile.Write(ref current, outcome.Token ?? current);
            return outcome;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Keeps the answer's DPoP-Nonce, if it has one, and returns it.</summary>
    public string? RememberNonce(HttpResponseMessage response)
    {
        var fresh = OktaChallenge.NonceOf(response);
        if (fresh is not null)
        {
            Volatile.Write(ref nonce, fresh);
        }

        return fresh;
    }

    public void Dispose()
    {
        gate.Dispose();
        if (key.IsValueCreated)
        {
            key.Value.Dispose();
        }
    }

    private OktaAccessToken? Usable(OktaAccessToken? rejected)
    {
        var token = Volatile.Read(ref current);
        return token is not null && !ReferenceEquals(token, rejected) && Options.TimeProvider.GetUtcNow() < token.ExpiresAt - RenewBefore
            ? token
            : null;
    }
}
