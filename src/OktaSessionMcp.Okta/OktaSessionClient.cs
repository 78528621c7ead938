using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Okta.Http;
using OktaSessionMcp.Okta.Json;

namespace OktaSessionMcp.Okta;

/// <summary>
/// The typed client behind <see cref="IOktaSessionClient"/>. Base address, headers, auth, timeouts and body limits
/// come from the handlers and settings of <see cref="OktaServiceCollectionExtensions.AddOktaSessionClient"/>.
/// </summary>
internal sealed class OktaSessionClient(HttpClient httpClient, IOptions<OktaClientOptions> options, ILogger<OktaSessionClient> logger) : IOktaSessionClient
{
    private const string SessionsPath = "api/v1/sessions";
    private readonly OktaRequestSender sender = new(httpClient, logger);

    public async Task<OktaSession> CreateSessionAsync(string sessionToken, CancellationToken cancellationToken)
    {
        if (!OktaIdentifiers.IsValidSessionToken(sessionToken))
        {
            throw new ArgumentException($"Not a valid session token: {OktaIdentifiers.SessionTokenRule}.", nameof(sessionToken));
        }

        var call = OktaCall.ForSessionToken(OktaOperations.CreateSession, sessionToken);
        if (!options.Value.CanCreateSessions)
        {
            throw OktaFailures.NotConfigured(call);
        }

        var body = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(
            new CreateSessionRequest(sessionToken), OktaJsonContext.Default.CreateSessionRequest));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionsPath) { Content = body };
        return await SendForSessionAsync(call, request, cancellationToken);
    }

    public async Task<OktaSession> GetSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SessionPath(sessionId));
        return await SendForSessionAsync(OktaCall.ForSession(OktaOperations.GetSession, sessionId), request, cancellationToken);
    }

    public async Task CloseSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, SessionPath(sessionId));
        // Okta answers 204; any 2xx means the session is closed, and its body, if any, carries nothing we need.
        await sender.SendAsync(OktaCall.ForSession(OktaOperations.RevokeSession, sessionId), request, readSession: false, cancellationToken);
    }

    public async Task<OktaSession> RefreshSessionAsync(string sessionId, CancellationToken cancellationToken)
    {
        // The description defines no request body for refresh. An explicit empty one makes "Content-Length: 0" certain,
        // which some proxies require on a POST, without inventing a Content-Type.
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionPath(sessionId) + "/lifecycle/refresh")
        {
            Content = new ByteArrayContent([]),
        };
        return await SendForSessionAsync(OktaCall.ForSession(OktaOperations.RefreshSession, sessionId), request, cancellationToken);
    }

    /// <summary>Validated first, then still escaped: no argument can reach any path but its own session's.</summary>
    private static string SessionPath(string sessionId) =>
        OktaIdentifiers.IsValidSessionId(sessionId)
            ? $"{SessionsPath}/{Uri.EscapeDataString(sessionId)}"
            : throw new ArgumentException($"Not a valid session id: {OktaIdentifiers.SessionIdRule}.", nameof(sessionId));

    private async Task<OktaSession> SendForSessionAsync(OktaCall call, HttpRequestMessage request, CancellationToken cancellationToken) =>
        (await sender.SendAsync(call, request, readSession: true, cancellationToken))!;
}
