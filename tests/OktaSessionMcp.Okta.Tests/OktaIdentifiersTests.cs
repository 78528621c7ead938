namespace OktaSessionMcp.Okta.Tests;

public sealed class OktaIdentifiersTests
{
    /// <summary>The two identifier rules, by the name the rows use.</summary>
    private static readonly Dictionary<string, Func<string?, bool>> IsValid = new()
    {
        ["session id"] = OktaIdentifiers.IsValidSessionId,
        ["session token"] = OktaIdentifiers.IsValidSessionToken,
    };

    [Theory]
    [InlineData("session id", "102pLSAVyrgSYGZtsRyIXm-Kg", true)]
    [InlineData("session id", "l7FbDVqS8zHSy65uJD85", true)]
    [InlineData("session id", "a", true)]
    [InlineData("session id", "a_b-C9", true)]
    [InlineData("session id", "", false)]
    [InlineData("session id", null, false)]
    [InlineData("session id", "a b", false)]
    [InlineData("session id", "a/b", false)]
    [InlineData("session id", "a%2Fb", false)]
    [InlineData("session id", "a.b", false)]
    [InlineData("session id", "é", false)]
    [InlineData("session id", "\uff21", false)]
    [InlineData("session id", "me", false)]
    [InlineData("session id", "ME", false)]
    [InlineData("session id", "mE", false)]
    [InlineData("session id", "mee", true)]
    [InlineData("session id", "m", true)]
    [InlineData("session token", "20111sQr9Ck0gZkpQ2rGjtvOB1hZ9xkVYFqMcJz8dUAbsaA8L-YQ2Ew", true)]
    [InlineData("session token", "!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", true)]
    [InlineData("session token", "", false)]
    [InlineData("session token", null, false)]
    [InlineData("session token", "a b", false)]
    [InlineData("session token", "a\u007fb", false)]
    [InlineData("session token", "a\tb", false)]
    [InlineData("session token", "é", false)]
    public void IsValid_Value_MatchesRule(string identifier, string? value, bool expected) =>
        Assert.Equal(expected, IsValid[identifier](value));

    [Theory]
    [InlineData("session id", 64)]
    [InlineData("session token", 2048)]
    public void IsValid_LengthLimit_AllowsTheLimitAndNoMore(string identifier, int limit) =>
        Assert.Equal((true, false), (IsValid[identifier](new string('x', limit)), IsValid[identifier](new string('x', limit + 1))));

    [Fact]
    public void Fingerprint_SessionId_IsPrefixEllipsisAndEightHexOfSha256()
    {
        const string sessionId = "102pLSAVyrgSYGZtsRyIXm-Kg";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sessionId)));

        var fingerprint = OktaIdentifiers.Fingerprint(sessionId);

        Assert.Equal($"102p…{hash[..8]}", fingerprint);
        Assert.DoesNotContain(sessionId, fingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Fingerprint_DifferentValuesSamePrefix_Differ() =>
        Assert.NotEqual(OktaIdentifiers.Fingerprint("102pAAAAAAAA"), OktaIdentifiers.Fingerprint("102pBBBBBBBB"));

    [Theory]
    [InlineData("abc")]
    [InlineData("abcdefgh")]
    public void Fingerprint_ShortValue_ShowsNoPrefix(string value) =>
        Assert.Matches("^…[0-9a-f]{8}$", OktaIdentifiers.Fingerprint(value));

    [Fact]
    public void Fingerprint_ControlCharactersInPrefix_AreReplaced() =>
        Assert.StartsWith("a??b…", OktaIdentifiers.Fingerprint("a\r\nbcdefghij"), StringComparison.Ordinal);
}
