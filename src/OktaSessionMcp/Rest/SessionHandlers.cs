using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace OktaSessionMcp.Rest;

/// <summary>
/// The four operations: check the input, make one call on the shared Okta client, answer Okta's way. A malformed id or
/// body is refused before any request leaves; Okta's refusals come back with Okta's status and body.
/// </summary>
internal static class SessionHandlers
{
    private const string SessionIdDescription =
        "The Okta session id: the id of a Session returned by createSession (the value of the user's sid cookie). " +
        "1 to 64 ASCII letters, digits, '_' or '-', other than \"me\" (Okta's name for the caller's own session, which an " +
        "API token cannot reach); anything else is refused with 400 before Okta is called.";

    // The same rule as OktaIdentifiers.IsValidSessionId, stated for the API description; "not me" is in the words only,
    // as a lookahead is beyond the RE2 engine of Go-based OpenAPI tools and gateways.
    private const string SessionIdPattern = "^[A-Za-z0-9_-]+$";

    public static async Task<IResult> CreateAsync(HttpRequest request, IOktaSessionClient client, CancellationToken cancellationToken)
    {
        var (sessionToken, refusal) = await SessionTokenBodyReader.ReadAsync(request, cancellationToken);
        return refusal ?? await CallAsync(async () => Session(await client.CreateSessionAsync(sessionToken!, cancellationToken)));
    }

    public static Task<IResult> GetAsync(
        [FromRoute(Name = "sessionid"), Description(SessionIdDescription), StringLength(64, MinimumLength = 1), RegularExpression(SessionIdPattern)] string sessionId,
        IOktaSessionClient client,
        CancellationToken cancellationToken) =>
        WithSessionIdAsync(sessionId, async () => Session(await client.GetSessionAsync(sessionId, cancellationToken)));

    public static Task<IResult> RevokeAsync(
        [FromRoute(Name = "sessionid"), Description(SessionIdDescription), StringLength(64, MinimumLength = 1), RegularExpression(SessionIdPattern)] string sessionId,
        IOktaSessionClient client,
        CancellationToken cancellationToken) =>
        WithSessionIdAsync(sessionId, async () =>
        {
            await client.CloseSessionAsync(sessionId, cancellationToken);
            return Results.NoContent();
        });

    public static Task<IResult> RefreshAsync(
        [FromRoute(Name = "sessionid"), Description(SessionIdDescription), StringLength(64, MinimumLength = 1), RegularExpression(SessionIdPattern)] string sessionId,
        IOktaSessionClient client,
        CancellationToken cancellationToken) =>
        WithSessionIdAsync(sessionId, async () => Session(await client.RefreshSessionAsync(sessionId, cancellationToken)));

    private static Task<IResult> WithSessionIdAsync(string sessionId, Func<Task<IResult>> call) =>
        OktaIdentifiers.IsValidSessionId(sessionId) ? CallAsync(call) : Task.FromResult(RestErrors.InvalidSessionId());

    private static async Task<IResult> CallAsync(Func<Task<IResult>> call)
    {
        try
        {
            return await call();
        }
        catch (OktaApiException exception)
        {
            return RestErrors.FromOkta(exception);
        }
    }

    private static IResult Session(OktaSession session) => Results.Json(session, RestJsonContext.Default.OktaSession);
}
