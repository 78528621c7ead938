using System.Net;
using System.Text.Json;

namespace OktaSessionMcp.Okta.Tests;

/// <summary>The Session model tolerates what real Okta adds, omits or shapes differently.</summary>
public sealed class SessionModelTests : IDisposable
{
    private readonly OktaTestHost host = new();

    [Fact]
    public async Task GetSessionAsync_FullSession_MapsEveryField()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Session());

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(OktaTestHost.SessionId, session.Id);
        Assert.Equal("00u1abcdEFGHijklm0h7", session.UserId);
        Assert.Equal("ada@example.com", session.Login);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 5, 4, 5, TimeSpan.Zero), session.ExpiresAt);
        Assert.Equal("ACTIVE", session.Status);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), session.LastPasswordVerification);
        Assert.Null(session.LastFactorVerification);
        Assert.Equal(["pwd"], session.Amr!);
        Assert.Equal("00o1abcdEFGHijklm0h7", session.Idp!.Id);
        Assert.Equal("OKTA", session.Idp.Type);
        Assert.Equal(JsonValueKind.Object, session.Links!.Value.ValueKind);
        Assert.Null(session.AdditionalProperties);
    }

    [Fact]
    public async Task GetSessionAsync_UnknownFieldsAndValues_ArePreserved()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Json(HttpStatusCode.OK, $$"""
            {"id":"{{OktaTestHost.SessionId}}","status":"SOMETHING_NEW","amr":["pwd","new-method"],
             "idp":{"id":"0oa1","type":"NEW_IDP","extra":1},
             "mfaActive":true,"riskLevel":{"score":3} }
            """));

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal("SOMETHING_NEW", session.Status);
        Assert.Equal(["pwd", "new-method"], session.Amr!);
        Assert.Equal("NEW_IDP", session.Idp!.Type);
        Assert.True(session.AdditionalProperties!["mfaActive"].GetBoolean());
        Assert.Equal(3, session.AdditionalProperties["riskLevel"].GetProperty("score").GetInt32());
        Assert.Equal(2, session.AdditionalProperties.Count);
    }

    [Fact]
    public async Task GetSessionAsync_MinimalSessionWithNulls_LeavesOptionalFieldsNull()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Json(HttpStatusCode.OK, $$"""
            {"id":"{{OktaTestHost.SessionId}}","lastPasswordVerification":null,"lastFactorVerification":null,"amr":null,"idp":null,"_links":null}
            """));

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Null(session.LastPasswordVerification);
        Assert.Null(session.LastFactorVerification);
        Assert.Null(session.Amr);
        Assert.Null(session.Idp);
        Assert.Null(session.Links);
        Assert.Null(session.ExpiresAt);
    }

    [Theory]
    [InlineData("""{"self":{"hints":{"allow":["DELETE"]}},"href":"https://x/api/v1/sessions/1"}""", JsonValueKind.Object)]
    [InlineData("""{"self":"https://x/api/v1/sessions/1","refresh":[{"href":"x"}]}""", JsonValueKind.Object)]
    [InlineData("""[]""", JsonValueKind.Array)]
    [InlineData("""  "just a string" """, JsonValueKind.String)]
    public async Task GetSessionAsync_AnyLinksShape_IsKeptAsReceived(string links, JsonValueKind kind)
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => OktaResponses.Json(HttpStatusCode.OK, $$"""{"id":"{{OktaTestHost.SessionId}}","_links":{{links}}}"""));

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(kind, session.Links!.Value.ValueKind);
        Assert.Equal(JsonDocument.Parse(links).RootElement.GetRawText(), session.Links.Value.GetRawText());
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/hal+json")]
    [InlineData("APPLICATION/JSON")]
    public async Task GetSessionAsync_JsonMediaTypeVariants_AreAccepted(string contentType)
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () =>
        {
            var response = OktaResponses.Session();
            response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            return response;
        });

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(OktaTestHost.SessionId, session.Id);
    }

    [Fact]
    public async Task GetSessionAsync_BodyWithByteOrderMark_IsAccepted()
    {
        host.On(HttpMethod.Get, OktaTestHost.SessionPath, () => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(OktaResponses.SessionJson())])
            {
                Headers = { ContentType = new("application/json") },
            },
        });

        var session = await host.Client.GetSessionAsync(OktaTestHost.SessionId, CancellationToken.None);

        Assert.Equal(OktaTestHost.SessionId, session.Id);
    }

    public void Dispose() => host.Dispose();
}
