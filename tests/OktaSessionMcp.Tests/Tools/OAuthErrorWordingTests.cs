using OktaSessionMcp.Okta;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.Tools;

/// <summary>The one error mapper words each OAuth failure with what to fix, and keeps Okta's details.</summary>
public sealed class OAuthErrorWordingTests
{
    [Theory]
    [InlineData("invalid_client", "OKTA_CLIENT_ID")]
    [InlineData("invalid_scope", "okta.sessions.manage to the app")]
    [InlineData("invalid_dpop_proof", "DPoP proof")]
    [InlineData("unauthorized_client", "API Services app")]
    public void Describe_TokenRefused_SaysWhatToFixAndKeepsOktasError(string error, string advice)
    {
        var text = ToolErrorMapper.Describe(new OktaApiException(OktaFailureKind.TokenRefused, OktaOperations.GetSession, "refused")
        {
            StatusCode = 400,
            ErrorCode = error,
            ErrorSummary = "described by Okta",
            OktaRequestId = "reqTokenRefused",
        }, sessionId: null);

        Assert.Contains(advice, text, StringComparison.Ordinal);
        Assert.EndsWith($"(Okta: HTTP 400; errorCode {error}; errorSummary described by Okta; requestId reqTokenRefused)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_InsufficientScope_NamesTheScope()
    {
        var text = ToolErrorMapper.Describe(Api(403, "E0000006", "DPoP", "okta.sessions.manage"), null);

        Assert.StartsWith("The server's Okta access token lacks the scope okta.sessions.manage", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "DPoP", "rejected the server's OAuth access token")]
    [InlineData(403, "DPoP", "admin role")]
    [InlineData(401, "SSWS", "OKTA_API_KEY")]
    [InlineData(403, "SSWS", "API token is not allowed")]
    public void Describe_RefusedCredential_NamesTheCredentialThatWasUsed(int status, string scheme, string advice)
    {
        var text = ToolErrorMapper.Describe(Api(status, "E0000011", scheme), null);

        Assert.Contains(advice, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_CreateWithoutApiToken_SaysSetOktaApiKey()
    {
        var text = ToolErrorMapper.Describe(new OktaApiException(OktaFailureKind.NotConfigured, OktaOperations.CreateSession, "createSession needs an Okta API token (OKTA_API_KEY)."), null);

        Assert.Contains("OKTA_API_KEY", text, StringComparison.Ordinal);
    }

    private static OktaApiException Api(int status, string code, string scheme, string? missingScope = null) =>
        new(OktaFailureKind.Api, OktaOperations.RevokeSession, "refused") { StatusCode = status, ErrorCode = code, AuthScheme = scheme, MissingScope = missingScope };
}
