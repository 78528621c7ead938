using System.Security.Cryptography;
using System.Text.Json;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>
/// The OAuth app's private key (RSA 2048+ for RS256, or EC P-256 for ES256) that signs client assertions and DPoP
/// proofs, from a PEM file or a JWK. It is never written anywhere; only its public half leaves, as a proof's jwk.
/// </summary>
internal sealed class OktaSigningKey : IDisposable
{
    // A key file is a few kilobytes; anything much larger is the wrong file, and is not read whole into memory.
    private const long MaxFileBytes = 64 * 1024;

    private OktaSigningKey(AsymmetricAlgorithm key, string? keyId)
    {
        Key = key;
        KeyId = keyId;
        Algorithm = key is RSA ? "RS256" : "ES256";
    }

    public AsymmetricAlgorithm Key { get; }

    /// <summary>The JWS algorithm: RS256 for RSA, ES256 for P-256.</summary>
    public string Algorithm { get; }

    /// <summary>The <c>kid</c> header of client assertions: OKTA_KEY_ID, else the JWK's own kid, else none.</summary>
    public string? KeyId { get; }

    /// <summary>The configured key: <see cref="OktaClientOptions.PrivateKey"/> if set, else the file's contents.</summary>
    public static OktaSigningKey Load(OktaClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Parse(options.PrivateKey ?? ReadFile(options.PrivateKeyFile), options.KeyId);
    }

    public static OktaSigningKey Parse(string text, string? keyId)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var (key, jwkKeyId) = text.TrimStart().StartsWith('{') ? Jwk.ImportPrivate(text) : (PemKeys.ImportPrivate(text), null);
            return new OktaSigningKey(Checked(key), string.IsNullOrWhiteSpace(keyId) ? jwkKeyId : keyId);
        }
        catch (Exception exception) when (exception is CryptographicException or JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            // The library's own message may describe the key's structure; ours names only what was expected.
            throw new OktaKeyException("is not an unencrypted PEM (PKCS#8) RSA or EC P-256 private key, nor a JWK with its private part", exception);
        }
    }

    public byte[] Sign(byte[] data) => Key switch
    {
        RSA rsa => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        // JWS wants r||s (IEEE P1363), which is what SignData produces by default.
        ECDsa ecdsa => ecdsa.SignData(data, HashAlgorithmName.SHA256),
        _ => throw new InvalidOperationException("Unsupported key type."),
    };

    /// <summary>Writes the public key as a JWK object (RFC 7517): what a DPoP proof carries in its header.</summary>
    public void WritePublicJwk(Utf8JsonWriter writer) => Jwk.WritePublic(Key, writer);

    public void Dispose() => Key.Dispose();

    private static AsymmetricAlgorithm Checked(AsymmetricAlgorithm key)
    {
        var usable = key switch
        {
            RSA rsa => rsa.KeySize >= 2048,
            ECDsa ecdsa => ecdsa.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value,
            _ => false,
        };
        if (!usable)
        {
            key.Dispose();
            throw new FormatException("Only RSA of 2048 bits or more and EC P-256 keys are accepted.");
        }

        return key;
    }

    private static string ReadFile(string? path)
    {
        try
        {
            var file = new FileInfo(path ?? throw new OktaKeyException("is not set"));
            return file.Length > MaxFileBytes
                ? throw new OktaKeyException($"is larger than {MaxFileBytes / 1024} KiB: it is not a key file")
                : File.ReadAllText(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new OktaKeyException($"cannot be read ({exception.GetType().Name.Replace("Exception", string.Empty, StringComparison.Ordinal)}): check the path and that this process may read it", exception);
        }
    }
}
