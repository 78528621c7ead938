using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OktaSessionMcp.Policy;

/// <summary>
/// Issues and checks the requestState of a 2026-07-28 confirmation. The client holds it between the question and the
/// retry, so it is signed: HMAC-SHA256 under a server key over its expiry and a random nonce (both visible, neither
/// secret) and over the caller, the tool and the argument digest (not in the state; recomputed from the retry). A state
/// altered, made by another server, or replayed by another caller or with other arguments fails the signature.
/// </summary>
internal sealed class RequestStateProtector(IOptions<PolicyOptions> options, INonceStore usedNonces, TimeProvider clock)
{
    private const string Prefix = "osm1.";
    private const int ExpiryBytes = sizeof(long);
    private const int NonceBytes = 16;
    private const int PayloadBytes = ExpiryBytes + NonceBytes;
    private const int MacBytes = HMACSHA256.HashSizeInBytes;

    // Binds the key to this one use, so the same key could never verify some other kind of token.
    private static readonly byte[] Purpose = "okta-session-mcp/confirm-destructive/v1"u8.ToArray();

    private readonly byte[] _key = options.Value.ConfirmationKey is { } configured
        ? Convert.FromBase64String(configured.Trim())
        : RandomNumberGenerator.GetBytes(32);

    private readonly TimeSpan _lifetime = TimeSpan.FromMinutes(options.Value.ConfirmationMinutes);

    /// <summary>Whether a confirmation could be honoured now; false while the fleet's store of used nonces is unreachable.</summary>
    public bool CanCheckReplays => usedNonces.IsAvailable;

    public string Issue(ConfirmationBinding binding)
    {
        Span<byte> payload = stackalloc byte[PayloadBytes];
        BinaryPrimitives.WriteInt64BigEndian(payload, (clock.GetUtcNow() + _lifetime).ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(payload[ExpiryBytes..]);
        return Prefix + Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(Mac(payload, binding));
    }

    public async ValueTask<RequestStateVerdict> VerifyAsync(string state, ConfirmationBinding binding, CancellationToken cancellationToken)
    {
        if (Check(state, binding) is not { } signed)
        {
            return RequestStateVerdict.Invalid;
        }

        if (signed.Expires <= clock.GetUtcNow())
        {
            return RequestStateVerdict.Expired;
        }

        return await usedNonces.TryUseAsync(signed.Nonce, signed.Expires, cancellationToken) switch
        {
            NonceUse.First => RequestStateVerdict.Valid,
            NonceUse.Again => RequestStateVerdict.Replayed,
            NonceUse.Unavailable => RequestStateVerdict.Unavailable,
            _ => RequestStateVerdict.Overloaded,
        };
    }

    /// <summary>The state's expiry and nonce when it is ours for this binding; null otherwise.</summary>
    private (DateTimeOffset Expires, string Nonce)? Check(string state, ConfirmationBinding binding)
    {
        Span<byte> payload = stackalloc byte[PayloadBytes];
        Span<byte> mac = stackalloc byte[MacBytes];
        if (!TryParse(state, payload, mac) || !CryptographicOperations.FixedTimeEquals(mac, Mac(payload, binding)))
        {
            return null;
        }

        return (DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload)), Convert.ToHexString(payload[ExpiryBytes..]));
    }

    private static bool TryParse(string state, Span<byte> payload, Span<byte> mac)
    {
        // Bounded before any decoding: a state is ~80 characters, and a client may send anything.
        if (state.Length > 128 || !state.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = state.AsSpan(Prefix.Length);
        var dot = parts.IndexOf('.');
        return dot > 0
            && Base64Url.TryDecodeFromChars(parts[..dot], payload, out var payloadLength) && payloadLength == PayloadBytes
            && Base64Url.TryDecodeFromChars(parts[(dot + 1)..], mac, out var macLength) && macLength == MacBytes;
    }

    private byte[] Mac(ReadOnlySpan<byte> payload, ConfirmationBinding binding)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(Purpose);
        hmac.AppendData(payload);

        // Fixed-length digests, so no two (caller, tool) pairs can run together into the same bytes.
        hmac.AppendData(SHA256.HashData(Encoding.UTF8.GetBytes(binding.Caller)));
        hmac.AppendData(SHA256.HashData(Encoding.UTF8.GetBytes(binding.Tool)));
        hmac.AppendData(binding.ArgumentsDigest);
        return hmac.GetHashAndReset();
    }
}
