using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace OktaSessionMcp.Rest;

/// <summary>
/// The Kestrel listener of the REST adapter. Kestrel writes the bound endpoint back into its <see cref="ListenOptions"/>,
/// so with port 0 (tests, scripts) the real port is known here once the server has started.
/// </summary>
public sealed class RestListener
{
    private ListenOptions? _options;

    /// <summary>The port the adapter answers on; null when it is off, and 0 until the server has started.</summary>
    public int? Port => _options?.IPEndPoint?.Port;

    /// <summary>The adapter's base URL, e.g. http://127.0.0.1:8080/; null when it is off.</summary>
    public Uri? BaseUrl => _options?.IPEndPoint is { } endPoint
        ? new UriBuilder(Uri.UriSchemeHttp, endPoint.Address.ToString(), endPoint.Port).Uri
        : null;

    internal void Attach(ListenOptions options) => _options = options;

    /// <summary>Whether this request arrived on the REST listener.</summary>
    internal bool Accepted(HttpContext context) => Port is > 0 and var port && context.Connection.LocalPort == port;
}
