namespace OktaSessionMcp.Bench.Load;

/// <summary><c>tools/call get-details-about-session</c> POSTed to /mcp, stateless or in one reused session.</summary>
internal sealed class McpCallPath(string name, Uri endpoint, string oktaSessionId, string? mcpSessionId) : ICallPath
{
    private readonly byte[] _body = McpMessages.GetSession(oktaSessionId);

    public string Name => name;

    public async Task<bool> CallAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = McpMessages.Post(endpoint, _body, mcpSessionId);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode && McpMessages.IsResult(body);
    }

    public async Task<string> FetchAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var request = McpMessages.Post(endpoint, _body, mcpSessionId);
        using var response = await http.SendAsync(request, cancellationToken);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}";
    }
}
