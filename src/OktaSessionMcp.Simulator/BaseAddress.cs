using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace OktaSessionMcp.Simulator;

/// <summary>
/// The URL clients reach the simulator on, known only once Kestrel has bound (port 0 picks one). A wildcard bind
/// address is reported as the loopback address, since no client can connect to 0.0.0.0 itself.
/// </summary>
internal sealed class BaseAddress(IServer server, SimulatorOptions options)
{
    private Uri? value;

    public Uri Value => value ??= Resolve();

    /// <summary>Scheme, host and port without a trailing slash, for building absolute links.</summary>
    public string Origin => Value.GetLeftPart(UriPartial.Authority);

    public static IPAddress ParseBindAddress(string bindAddress) =>
        string.Equals(bindAddress, "localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(bindAddress, out var address) ? address
        : throw new ArgumentException($"BindAddress '{bindAddress}' is not an IP address or 'localhost'.", nameof(bindAddress));

    private Uri Resolve()
    {
        var bound = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var port = new Uri(bound).Port;
        var address = ParseBindAddress(options.BindAddress);
        var host = address.Equals(IPAddress.Any) ? "127.0.0.1"
            : address.Equals(IPAddress.IPv6Any) ? "[::1]"
            : address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]"
            : address.ToString();
        return new Uri($"http://{host}:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
