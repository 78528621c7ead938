namespace OktaSessionMcp.Okta.Tests;

public sealed class OktaIdentifiersTests
{
    [Theory]
    [InlineData("102pLSAVyrgSYGZtsRyIXm-Kg", true)]
    [InlineData("l7FbDVqS8zHSy65uJD85", true)]
    [InlineData("a", true)]
    [InlineData("a_b-C9", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    [InlineData("a%2Fb", false)]
    [InlineData("a.b", false)]
    [InlineData("é", false)]
    [InlineData("\uff21", false)]
    public void IsValidSessionId_Value_MatchesRule(string? value, bool expected) =>
        Assert.Equal(expected, OktaIdentifiers.IsValidSessionId(value));

    [Fact]
    public void IsValidSessionId_LengthLimit_Is64() =>
        Assert.Equal((true, false), (OktaIdentifiers.IsValidSessionId(new string('x', 64)), OktaIdentifiers.IsValidSessionId(new string('x', 65))));

    [Theory]
    [InlineData("20111sQr9Ck0gZkpQ2rGjtvOB1hZ9xkVYFqMcJz8dUAbsaA8L-YQ2Ew", true)]
    [InlineData("!#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a b", false)]
    [InlineData("a\u007fb", false)]
    [InlineData("a\tb", false)]
    [InlineData("é", false)]
    public void IsValidSessionToken_Value_MatchesRule(string? value, bool expected) =>
        Assert.Equal(expected, OktaIdentifiers.IsValidSessionToken(value));

    [Fact]
    public void IsValidSessionToken_LengthLimit_Is2048() =>
        Assert.Equal((true, false), (OktaIdentifiers.IsValidSessionToken(new string('x', 2048)), OktaIdentifiers.IsValidSessionToken(new string('x', 2049))));

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
