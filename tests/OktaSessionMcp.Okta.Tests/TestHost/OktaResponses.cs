using System.Net;
using System.Text;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>Responses shaped like Okta's.</summary>
public static class OktaResponses
{
    public const string RequestId = "reqAbC123xyz";

    public static string SessionJson(string id = OktaTestHost.SessionId) => $$"""
        {"id":"{{id}}","userId":"00u1abcdEFGHijklm0h7","login":"ada@example.com",
         "createdAt":"2026-01-02T03:04:05.000Z","expiresAt":"2026-01-02T05:04:05.000Z","status":"ACTIVE",
         "lastPasswordVerification":"2026-01-02T03:04:05.000Z","lastFactorVerification":null,
         "amr":["pwd"],"idp":{"id":"00o1abcdEFGHijklm0h7","type":"OKTA"},
         "_links":{"self":{"href":"https://example.okta.com/api/v1/sessions/{{id}}","hints":{"allow":["GET","DELETE"] } } } }
        """;

    public static HttpResponseMessage Json(HttpStatusCode status, string json, string mediaType = "application/json") =>
        WithRequestId(new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) });

    public static HttpResponseMessage Session(string id = OktaTestHost.SessionId) => Json(HttpStatusCode.OK, SessionJson(id));

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string summary, params string[] causes) => Json(
        status,
        $$"""
        {"errorCode":"{{code}}","errorSummary":"{{summary}}","errorLink":"{{code}}","errorId":"oaeErr{{(int)status}}",
         "errorCauses":[{{string.Join(',', causes.Select(c => $$"""{"errorSummary":"{{c}}"}"""))}}]}
        """);

    public static HttpResponseMessage NoContent() => WithRequestId(new HttpResponseMessage(HttpStatusCode.NoContent));

    public static HttpResponseMessage WithRequestId(HttpResponseMessage response)
    {
        response.Headers.Add("X-Okta-Request-Id", RequestId);
        return response;
    }
}
