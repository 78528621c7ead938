using System.Net.Http.Headers;

namespace OktaSessionMcp.Bench.Load;

/// <summary>A plain GET of the session: the REST adapter's resource, or Okta's (the simulator's) with the API key.</summary>
internal sealed class GetCallPath(string name, Uri url, AuthenticationHeaderValue? authorization) : ICallPath
{
    public string Name => name;

    public async Task<bool> CallAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = Create();
        using var response = await http.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public async Task<string> FetchAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = Create();
        using var response = await http.SendAsync(request, cancellationToken);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
    }

    private HttpRequestMessage Create()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
