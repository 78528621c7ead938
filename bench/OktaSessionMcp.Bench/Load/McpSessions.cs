namespace OktaSessionMcp.Bench.Load;

/// <summary>Opening and closing stateful MCP sessions the way a client does.</summary>
internal static class McpSessions
{
    /// <summary>initialize, then notifications/initialized; returns the Mcp-Session-Id to keep.</summary>
    public static async Task<string> OpenAsync(Uri endpoint, HttpClient http, CancellationToken cancellationToken)
    {
        using var initialize = McpMessages.Post(endpoint, McpMessages.Initialize);
        using var answer = await http.SendAsync(initialize, cancellationToken);
        answer.EnsureSuccessStatusCode();
        await answer.Content.ReadAsByteArrayAsync(cancellationToken);
        var id = answer.Headers.GetValues(McpMessages.SessionHeader).Single();

        using var initialized = McpMessages.Post(endpoint, McpMessages.Initialized, id);
        using var accepted = await http.SendAsync(initialized, cancellationToken);
        accepted.EnsureSuccessStatusCode();
        return id;
    }

    public static async Task CloseAsync(Uri endpoint, string sessionId, HttpClient http, CancellationToken cancellationToken)
    {
        using var request = McpMessages.Delete(endpoint, sessionId);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
