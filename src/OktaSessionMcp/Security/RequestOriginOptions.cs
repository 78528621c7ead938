namespace OktaSessionMcp.Security;

/// <summary>Which Host and Origin values a request may carry, beyond the loopback names that are always allowed.</summary>
public sealed class RequestOriginOptions
{
    /// <summary>Extra host names (no port) that the Host header may name, e.g. mcp.internal.example.com; "*" allows any.</summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>Extra origins (scheme://host[:port]) a browser may call from, e.g. https://console.example.com.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
