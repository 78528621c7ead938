using System.Collections.Concurrent;
using System.Text.Json;

namespace OktaSessionMcp.Tests.Security;

/// <summary>
/// Sits innermost in the Okta client's handlers, where credentials are on the wire, and keeps every secret it sees:
/// Authorization values, DPoP proofs, client assertions and issued access tokens; the test then looks for them in the logs.
/// </summary>
public sealed class OktaWireRecorder(ConcurrentBag<string> secrets) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization?.Parameter is { } credential)
        {
            secrets.Add(credential);
        }

        if (request.Headers.TryGetValues("DPoP", out var proofs))
        {
            foreach (var proof in proofs)
            {
                secrets.Add(proof);
            }
        }

        if (request.Content is FormUrlEncodedContent form)
        {
            var body = await form.ReadAsStringAsync(cancellationToken);
            foreach (var pair in body.Split('&').Where(p => p.StartsWith("client_assertion=", StringComparison.Ordinal)))
            {
                secrets.Add(Uri.UnescapeDataString(pair["client_assertion=".Length..]));
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath == "/oauth2/v1/token" && response.IsSuccessStatusCode)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            secrets.Add(json.RootElement.GetProperty("access_token").GetString()!);
        }

        return response;
    }
}
