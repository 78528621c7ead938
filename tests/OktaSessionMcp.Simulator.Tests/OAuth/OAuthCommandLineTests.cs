using System.Security.Cryptography;
using OktaSessionMcp.Simulator.Cli;

namespace OktaSessionMcp.Simulator.Tests.OAuth;

public sealed class OAuthCommandLineTests : IDisposable
{
    private readonly string keyFile = Path.GetTempFileName();

    [Fact]
    public void Parse_OAuthOptions_AreApplied()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(keyFile, key.ExportSubjectPublicKeyInfoPem());

        var result = CommandLine.Parse(["--oauth-client-id", "0oaX", "--oauth-client-key", keyFile, "--oauth-allow-bearer", "--oauth-granted-scopes=okta.sessions.read"]);

        var options = result.Options!;
        Assert.Null(result.Error);
        Assert.Equal(("0oaX", true, "okta.sessions.read"), (options.OAuthClientId, options.OAuthAllowBearer, options.OAuthGrantedScopes));
        Assert.Equal(key.ExportSubjectPublicKeyInfoPem(), options.OAuthClientKey);
    }

    [Fact]
    public void Parse_UnreadableKeyFile_FailsNamingTheOption()
    {
        var result = CommandLine.Parse(["--oauth-client-key", keyFile + ".absent"]);

        Assert.Contains("--oauth-client-key", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ClientIdWithoutKey_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => OktaSimulator.StartAsync(new SimulatorOptions { OAuthClientId = "0oaX" }, CancellationToken.None));

        Assert.Contains("OAuthClientKey", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(keyFile);
}
