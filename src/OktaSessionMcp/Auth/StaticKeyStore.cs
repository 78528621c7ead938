using System.Security.Cryptography;
using System.Text;

namespace OktaSessionMcp.Auth;

/// <summary>The static bearer keys, held only as SHA-256 hashes, so a memory dump or a log of the settings shows no key.</summary>
internal sealed class StaticKeyStore(IReadOnlyList<StaticKey> keys)
{
    public bool IsEmpty => keys.Count == 0;

    public StaticKey? Match(string presented)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), hash);
        StaticKey? match = null;
        foreach (var key in keys)
        {
            // Every key is compared in constant time and none is skipped, so timing tells neither which key matched
            // nor how much of a guess was right.
            if (CryptographicOperations.FixedTimeEquals(hash, key.Hash))
            {
                match ??= key;
            }
        }

        return match;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
