using Microsoft.AspNetCore.Connections;

namespace OktaSessionMcp.Hosting;

/// <summary>Kestrel's failure to bind a port that another process holds, worded as which listener and which flag.</summary>
internal static class PortInUse
{
    public static bool Is(Exception exception) => exception is IOException { InnerException: AddressInUseException };

    /// <summary>
    /// Kestrel names the address it could not bind ("Failed to bind to address http://127.0.0.1:8080: address already
    /// in use.") but not the listener, so the port in that text tells the REST adapter's failure from /mcp's.
    /// </summary>
    public static StartupException Describe(ServerOptions server, Exception failure)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(failure);
        var rest = server.RestEnabled && server.RestPort != 0 && failure.Message.Contains($":{server.RestPort}:", StringComparison.Ordinal);
        var message = rest
            ? $"port {server.RestPort} of the REST adapter is already in use (--rest-port, Server__RestPort): stop the process " +
              "that holds it, move the adapter with --rest-port <port>, or turn it off with --rest-port 0."
            : $"port {server.McpPort} of the MCP endpoint /mcp is already in use (--mcp-port, Server__McpPort): stop the process " +
              "that holds it, or move the endpoint with --mcp-port <port>.";
        return new StartupException(message, failure);
    }
}
