using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>
/// The state of the simulated org authorization server: the registered client's key, the current DPoP nonce, the
/// tokens issued and every jti seen (assertions and proofs), each remembered until it could no longer be accepted.
/// </summary>
internal sealed class OAuthServer : IDisposable
{
    private readonly ConcurrentDictionary<string, IssuedAccessToken> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seenJtis = new(StringComparer.Ordinal);
    private string nonce = NewNonce();

    public OAuthServer(SimulatorOptions options)
    {
        Options = options;
        ClientKey = options.OAuthClientKey is { } key ? SimKeys.LoadPublic(key) : null;
        GrantedScopes = new HashSet<string>(options.OAuthGrantedScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    public SimulatorOptions Options { get; }

    /// <summary>Null when the simulator has no OAuth client: then only SSWS is accepted.</summary>
    public AsymmetricAlgorithm? ClientKey { get; }

    public IReadOnlySet<string> GrantedScopes { get; }

    public bool Enabled => ClientKey is not null && Options.OAuthClientId is not null;

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    public string Nonce => Volatile.Read(ref nonce);

    public void RotateNonce() => Volatile.Write(ref nonce, NewNonce());

    public string Issue(IReadOnlySet<string> scopes, string? thumbprint)
    {
        var token = "sim-at-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        tokens[token] = new IssuedAccessToken(scopes, Now + Options.OAuthTokenLifetime, thumbprint);
        return token;
    }

    /// <summary>The token if it was issued here and has not expired or been revoked.</summary>
    public IssuedAccessToken? Find(string token) =>
        tokens.TryGetValue(token, out var issued) && issued.ExpiresAt > Now ? issued : null;

    /// <summary>Forgets every issued token, as if each had expired (<c>DELETE /__sim/oauth/tokens</c>).</summary>
    public void RevokeAll() => tokens.Clear();

    /// <summary>False when this jti was already used; a used one is remembered until <paramref name="until"/>.</summary>
    public bool TryUseJti(string kind, string jti, DateTimeOffset until)
    {
        foreach (var (key, expiry) in seenJtis)
        {
            if (expiry < Now)
            {
                seenJtis.TryRemove(key, out _);
            }
        }

        return seenJtis.TryAdd($"{kind}:{jti}", until);
    }

    public void Dispose() => ClientKey?.Dispose();

    private static string NewNonce() => "sim-nonce-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
