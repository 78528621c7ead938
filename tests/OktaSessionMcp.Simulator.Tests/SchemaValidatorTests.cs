namespace OktaSessionMcp.Simulator.Tests;

/// <summary>Proves the hand-written validator can fail, so that a green conformance test means something.</summary>
public sealed class SchemaValidatorTests
{
    private static readonly OpenApiSchemaValidator Spec = OpenApiSchemaValidator.FromFile(Path.Combine(AppContext.BaseDirectory, "TestData", "sessions-openapi.yaml"));

    [Fact]
    public void Validate_WellFormedSession_ReportsNothing()
    {
        using var session = JsonDocument.Parse("""
            {"id":"102abc","userId":"00uabc","login":"a@example.com","createdAt":"2026-11-22T10:00:00.000Z",
             "expiresAt":"2026-11-22T12:00:00.000Z","status":"MFA_REQUIRED","lastPasswordVerification":"2026-11-22T10:00:00Z",
             "amr":["pwd","mfa"],"idp":{"id":"00o1","type":"OKTA"},
             "_links":{"self":{"href":"http://x/api/v1/sessions/102abc","hints":{"allow":["GET","DELETE"]},"extra":1}}}
            """);

        Assert.Empty(Spec.Validate(session.RootElement, "Session"));
    }

    [Fact]
    public void Validate_BrokenSession_ReportsEveryViolation()
    {
        using var session = JsonDocument.Parse("""
            {"id":42,"status":"BOGUS","createdAt":"yesterday","expiresAt":"2026-11-22","lastFactorVerification":null,
             "amr":["pwd","password"],"idp":{"id":"00o1","type":"MAGIC"},"login":["a"],
             "_links":{"self":{"hints":{"allow":["GET","FETCH"]}}}}
            """);

        var errors = Spec.Validate(session.RootElement, "Session");

        string[] expected =
        [
            "$.id: expected string", "$.status: 'BOGUS' is not one of", "$.createdAt: 'yesterday' is not an RFC 3339",
            "$.expiresAt: '2026-11-22' is not an RFC 3339", "$.lastFactorVerification: null is not allowed",
            "$.amr[1]: 'password' is not one of", "$.idp.type: 'MAGIC' is not one of", "$.login: expected string",
            "$._links.self: missing required property 'href'", "$._links.self.hints.allow[1]: 'FETCH' is not one of",
        ];
        Assert.All(expected, prefix => Assert.Contains(errors, error => error.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Equal(expected.Length, errors.Count);
    }

    [Fact]
    public void Validate_BrokenError_ReportsWrongTypes()
    {
        using var error = JsonDocument.Parse("""{"errorCode":7,"errorSummary":"x","errorCauses":"none"}""");

        var errors = Spec.Validate(error.RootElement, "Error");

        Assert.Equal(2, errors.Count);
    }

    [Theory]
    [InlineData("2026-11-22T10:00:00.000Z", true)]
    [InlineData("2026-11-22T10:00:00Z", true)]
    [InlineData("2026-11-22T10:00:00.1+02:00", true)]
    [InlineData("2026-11-22 10:00:00Z", false)]
    [InlineData("2026-13-22T10:00:00Z", false)]
    [InlineData("2026-11-22T10:00:00", false)]
    [InlineData("Sun, 22 Nov 2026 10:00:00 GMT", false)]
    public void Validate_DateTime_AcceptsOnlyRfc3339(string value, bool valid)
    {
        using var session = JsonDocument.Parse($$"""{"createdAt":"{{value}}"}""");

        Assert.Equal(valid, Spec.Validate(session.RootElement, "Session").Count == 0);
    }

    [Fact]
    public void Validate_MissingRequiredAndForbiddenExtra_Reported()
    {
        var validator = OpenApiSchemaValidator.FromYaml(AuthnSchema.Yaml);
        using var transaction = JsonDocument.Parse("""
            {"status":"SUCCESS","sessionToken":"x","_embedded":{"user":{"id":"00u","profile":{"login":"a","password":"p"}}}}
            """);

        var errors = validator.Validate(transaction.RootElement, "AuthenticationTransaction");

        Assert.Equal(["$: missing required property 'expiresAt'", "$._embedded.user.profile.password: property is not allowed"], errors);
    }

    [Fact]
    public void Validate_UnsupportedKeyword_Throws()
    {
        var validator = OpenApiSchemaValidator.FromYaml("""
            components:
              schemas:
                Code: { type: string, pattern: '^E[0-9]{7}$' }
            """);
        using var value = JsonDocument.Parse("\"E0000011\"");

        Assert.Throws<NotSupportedException>(() => validator.Validate(value.RootElement, "Code"));
    }
}
