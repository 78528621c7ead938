using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OktaSessionMcp.Okta.Tests.OAuth;

/// <summary>OAuth settings are checked at start-up: the key is loaded then, and a bad one names its setting, never its content.</summary>
public sealed class OAuthOptionsValidationTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("okta-key-tests").FullName;

    [Theory]
    [InlineData("rsa-pkcs8")]
    [InlineData("rsa-pkcs1")]
    [InlineData("ec-pkcs8")]
    [InlineData("ec-sec1")]
    [InlineData("rsa-jwk")]
    [InlineData("ec-jwks")]
    public void ValidateOnStart_UsableKeyFileWithoutApiToken_Starts(string format)
    {
        var path = Write(format switch
        {
            "rsa-pkcs8" => RSA.Create(2048).ExportPkcs8PrivateKeyPem(),
            "rsa-pkcs1" => RSA.Create(2048).ExportRSAPrivateKeyPem(),
            "ec-pkcs8" => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem(),
            "ec-sec1" => ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportECPrivateKeyPem(),
            "rsa-jwk" => RsaJwk(RSA.Create(2048)),
            _ => $$"""{"keys":[{{EcJwk(ECDsa.Create(ECCurve.NamedCurves.nistP256))}}]}""",
        });

        using var services = Register(options => (options.ClientId, options.PrivateKeyFile) = (OAuthHost.ClientId, path));

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void ValidateOnStart_MissingFile_NamesTheSettingAndSaysItCannotBeRead()
    {
        var failure = StartWith(options => (options.ClientId, options.PrivateKeyFile) = (OAuthHost.ClientId, Path.Combine(directory, "absent.pem")));

        Assert.Contains("OKTA_PRIVATE_KEY_FILE cannot be read (FileNotFound)", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("rsa-1024")]
    [InlineData("ec-p384")]
    [InlineData("encrypted")]
    [InlineData("garbage")]
    [InlineData("jwk-without-d")]
    public void ValidateOnStart_UnusableKey_NamesTheSettingWithoutEchoingTheKey(string kind)
    {
        var content = kind switch
        {
            "public" => RSA.Create(2048).ExportSubjectPublicKeyInfoPem(),
            "rsa-1024" => RSA.Create(1024).ExportPkcs8PrivateKeyPem(),
            "ec-p384" => ECDsa.Create(ECCurve.NamedCurves.nistP384).ExportPkcs8PrivateKeyPem(),
            "encrypted" => RSA.Create(2048).ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes128Cbc, HashAlgorithmName.SHA256, 1)),
            "garbage" => "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n",
            _ => RsaJwk(RSA.Create(2048)).Replace("\"d\":", "\"x-d\":", StringComparison.Ordinal),
        };
        var path = Write(content);

        var failure = StartWith(options => (options.ClientId, options.PrivateKeyFile) = (OAuthHost.ClientId, path));

        Assert.Contains("OKTA_PRIVATE_KEY_FILE is not an unencrypted PEM (PKCS#8) RSA or EC P-256 private key, nor a JWK with its private part", failure.Message, StringComparison.Ordinal);
        var body = content.Split('\n')[Math.Min(1, content.Split('\n').Length - 1)];
        Assert.DoesNotContain(body[..Math.Min(20, body.Length)], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_ClientIdWithoutKey_AsksForTheKeyFile()
    {
        var failure = StartWith(options => options.ClientId = OAuthHost.ClientId);

        Assert.Contains("OKTA_PRIVATE_KEY_FILE is required with OKTA_CLIENT_ID", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("OKTA_API_KEY is required", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_KeyWithoutClientId_AsksForTheClientId()
    {
        var path = Write(RSA.Create(2048).ExportPkcs8PrivateKeyPem());

        var failure = StartWith(options => (options.ApiToken, options.PrivateKeyFile) = (OktaTestHost.ApiToken, path));

        Assert.Contains("OKTA_CLIENT_ID is required with OKTA_PRIVATE_KEY_FILE", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateOnStart_EmptyScopes_NamesOktaScopes()
    {
        var failure = StartWith(options => (options.ClientId, options.PrivateKey, options.Scopes) = (OAuthHost.ClientId, RSA.Create(2048).ExportPkcs8PrivateKeyPem(), " "));

        Assert.Contains("OKTA_SCOPES must be space-separated scopes", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string RsaJwk(RSA rsa)
    {
        var p = rsa.ExportParameters(true);
        return $$"""{"kty":"RSA","kid":"k1","n":"{{B(p.Modulus)}}","e":"{{B(p.Exponent)}}","d":"{{B(p.D)}}","p":"{{B(p.P)}}","q":"{{B(p.Q)}}","dp":"{{B(p.DP)}}","dq":"{{B(p.DQ)}}","qi":"{{B(p.InverseQ)}}"}""";
    }

    private static string EcJwk(ECDsa ecdsa)
    {
        var p = ecdsa.ExportParameters(true);
        return $$"""{"kty":"EC","crv":"P-256","x":"{{B(p.Q.X)}}","y":"{{B(p.Q.Y)}}","d":"{{B(p.D)}}"}""";
    }

    private static string B(byte[]? bytes) => Base64Url.EncodeToString(bytes);

    private static OptionsValidationException StartWith(Action<OktaClientOptions> configure) =>
        OptionsStartup.Fail(options => WithOrgUrl(options, configure));

    private static ServiceProvider Register(Action<OktaClientOptions> configure) =>
        OptionsStartup.Register(options => WithOrgUrl(options, configure));

    private static void WithOrgUrl(OktaClientOptions options, Action<OktaClientOptions> configure)
    {
        options.OrgUrl = new Uri(OktaTestHost.OrgUrl);
        configure(options);
    }

    private string Write(string content)
    {
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, content);
        return path;
    }
}
