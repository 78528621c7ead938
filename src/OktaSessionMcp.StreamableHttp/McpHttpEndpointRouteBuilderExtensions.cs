using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.StreamableHttp.Endpoint;

namespace OktaSessionMcp.StreamableHttp;

/// <summary>Maps the MCP Streamable HTTP endpoint.</summary>
/// <remarks>
/// Temporary: stands in for ModelContextProtocol.AspNetCore's <c>MapMcp()</c>;
/// delete this project and use that package the day it can be had.
/// </remarks>
public static class McpHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps POST, GET and DELETE on <paramref name="pattern"/> to the MCP server configured with
    /// <c>AddMcpServer()</c>. Requires <see cref="McpHttpServiceCollectionExtensions.AddMcpStreamableHttp"/>.
    /// In stateless mode GET and DELETE answer 405.
    /// </summary>
    /// <returns>A builder for the host's filters and authorization, applied to all three methods.</returns>
    /// <exception cref="InvalidOperationException"><c>AddMcpStreamableHttp()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapMcpStreamableHttp(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/mcp")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var post = services.GetService<PostHandler>()
            ?? throw new InvalidOperationException("Call services.AddMcpStreamableHttp() before MapMcpStreamableHttp().");

        // Mapped in both modes: unmapped, routing would answer 405 without the Allow header or a JSON-RPC body.
        var group = endpoints.MapGroup(pattern);
        group.MapPost("", post.HandleAsync).WithDisplayName("MCP Streamable HTTP POST");
        group.MapGet("", services.GetRequiredService<GetHandler>().HandleAsync).WithDisplayName("MCP Streamable HTTP GET");
        group.MapDelete("", services.GetRequiredService<DeleteHandler>().HandleAsync).WithDisplayName("MCP Streamable HTTP DELETE");
        return group;
    }
}
