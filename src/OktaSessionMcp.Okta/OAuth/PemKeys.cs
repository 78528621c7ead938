using System.Security.Cryptography;

namespace OktaSessionMcp.Okta.OAuth;

/// <summary>Reads a PEM private key, RSA or EC, without being told which.</summary>
internal static class PemKeys
{
    public static AsymmetricAlgorithm ImportPrivate(string pem)
    {
        // Only a private key: a public one would import fine and fail only at the first signature.
        if (!PemEncoding.TryFind(pem, out var fields))
        {
            throw new FormatException("No PEM block.");
        }

        var label = pem[fields.Label];
        return label switch
        {
            "RSA PRIVATE KEY" => Import(RSA.Create(), pem),
            "EC PRIVATE KEY" => Import(ECDsa.Create(), pem),
            // PKCS#8 does not say which algorithm in its label; the key's own algorithm identifier decides.
            "PRIVATE KEY" => TryImport(RSA.Create(), pem) ?? Import(ECDsa.Create(), pem),
            _ => throw new FormatException("The PEM block is not an unencrypted private key."),
        };
    }

    private static AsymmetricAlgorithm Import(AsymmetricAlgorithm key, string pem)
    {
        try
        {
            key.ImportFromPem(pem);
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    private static AsymmetricAlgorithm? TryImport(AsymmetricAlgorithm key, string pem)
    {
        try
        {
            return Import(key, pem);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
