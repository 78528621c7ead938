using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OktaSessionMcp.StreamableHttp.Endpoint;
using OktaSessionMcp.StreamableHttp.Sessions;

namespace OktaSessionMcp.StreamableHttp;

/// <summary>Registers the Streamable HTTP endpoint's services.</summary>
/// <remarks>
/// Temporary: stands in for ModelContextProtocol.AspNetCore's <c>WithHttpTransport()</c>;
/// delete this project and use that package the day it can be had.
/// </remarks>
public static class McpHttpServiceCollectionExtensions
{
    /// <summary>
    /// Adds the services behind <see cref="McpHttpEndpointRouteBuilderExtensions.MapMcpStreamableHttp"/>.
    /// The MCP server itself (tools, server info) is configured with <c>AddMcpServer()</c>.
    /// Options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddMcpStreamableHttp(this IServiceCollection services, Action<McpHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<McpHttpOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<McpHttpOptions>, McpHttpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SessionMemoryTrim>();
        services.TryAddSingleton<SessionStore>();
        services.TryAddSingleton<SessionFactory>();
        services.TryAddSingleton<PostHandler>();
        services.TryAddSingleton<GetHandler>();
        services.TryAddSingleton<DeleteHandler>();
        services.AddHostedService<SessionReaper>();
        return services;
    }
}
