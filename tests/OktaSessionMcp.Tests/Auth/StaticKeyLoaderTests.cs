using System.Security.Cryptography;
using System.Text;
using OktaSessionMcp.Auth;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Auth;

public sealed class StaticKeyLoaderTests : IDisposable
{
    private const string RawKey = "a-long-random-key-0123456789abcdef";
    private readonly string _file = Path.GetTempFileName();

    [Fact]
    public void Load_FileLineWithScopes_MatchesTheKeyAndKeepsItsScopes()
    {
        File.WriteAllLines(_file, ["# readers", "", $"reporting:{Sha256Hex(RawKey)}:sessions:read"]);

        var key = StaticKeyLoader.Load(_file, rawKeys: null).Match(RawKey);

        Assert.NotNull(key);
        Assert.Equal("reporting", key.Name);
        Assert.Equal(["sessions:read"], key.Scopes);
    }

    [Fact]
    public void Match_WrongKey_IsNull()
    {
        var store = StaticKeyLoader.Load(keysFile: null, rawKeys: $"ci:{RawKey}");

        Assert.Null(store.Match(RawKey + "x"));
        Assert.Null(store.Match(""));
        Assert.Equal("ci", store.Match(RawKey)?.Name);
    }

    [Fact]
    public void Load_RawKeyWithoutName_IsNamedByPositionAndGrantsEverything()
    {
        var key = StaticKeyLoader.Load(keysFile: null, rawKeys: $" {RawKey} ").Match(RawKey);

        Assert.Equal("env-1", key?.Name);
        Assert.Null(key?.Scopes);
    }

    [Fact]
    public void Load_MalformedLine_FailsNamingTheLineButNotItsContent()
    {
        File.WriteAllLines(_file, ["# comment", "someone pasted the raw key here " + RawKey]);

        var ex = Assert.Throws<StartupException>(() => StaticKeyLoader.Load(_file, rawKeys: null));

        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RawKey, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShortRawKey_FailsWithoutEchoingIt()
    {
        var ex = Assert.Throws<StartupException>(() => StaticKeyLoader.Load(keysFile: null, rawKeys: "ops:tooShort123"));

        Assert.Contains("MCP_AUTH_KEYS", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tooShort123", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameNameTwice_Fails()
    {
        var ex = Assert.Throws<StartupException>(() => StaticKeyLoader.Load(keysFile: null, rawKeys: $"ci:{RawKey},ci:{RawKey}-other"));

        Assert.Contains("'ci'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingTheSetting()
    {
        var ex = Assert.Throws<StartupException>(() => StaticKeyLoader.Load(_file + ".missing", rawKeys: null));

        Assert.Contains("--auth-keys-file", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);

    internal static string Sha256Hex(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
