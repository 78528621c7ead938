using System.Net;

namespace OktaSessionMcp.Security;

/// <summary>
/// DNS-rebinding protection for every endpoint (MCP and REST): a request must name a loopback or configured
/// host, and a browser's Origin, when present, must be loopback or configured. The MCP transports
/// specification requires servers to validate Origin; checking Host as well stops a rebound name that a
/// browser sends without an Origin (simple GETs).
/// </summary>
public sealed class RequestOriginGuard(RequestDelegate next, IOptions<RequestOriginOptions> options)
{
    private readonly HashSet<string> _hosts = new(options.Value.AllowedHosts, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _origins = new(options.Value.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host;
        if (!host.HasValue)
        {
            return GuardError.WriteAsync(context, StatusCodes.Status400BadRequest, "Bad Request: the Host header is required.");
        }

        if (!IsAllowedHost(host.Host))
        {
            return GuardError.WriteAsync(context, StatusCodes.Status403Forbidden,
                "Forbidden: this Host is not allowed. Add it with --allowed-hosts if the server is meant to be reached by that name.");
        }

        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsAllowedOrigin(origin))
        {
            return GuardError.WriteAsync(context, StatusCodes.Status403Forbidden,
                "Forbidden: this Origin is not allowed. Add it with --allowed-origins if a web page there should call this server.");
        }

        return next(context);
    }

    private bool IsAllowedHost(string host) => IsLoopbackName(host) || _hosts.Contains("*") || _hosts.Contains(host);

    private bool IsAllowedOrigin(string origin) =>
        _origins.Contains(origin.TrimEnd('/')) ||
        (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/"
            && IsLoopbackName(uri.Host));

    internal static bool IsLoopbackName(string host)
    {
        var name = host.Trim('[', ']');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }
}
