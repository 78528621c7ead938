using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.StreamableHttp.Tests.TestHost;

/// <summary>A real Kestrel host on a loopback port with the adapter and <see cref="EchoTools"/>.</summary>
public sealed class McpTestServer : IAsyncDisposable
{
    /// <summary>Requests carrying this header are treated as authenticated with it as the sub claim.</summary>
    public const string UserHeader = "X-Test-User";

    private McpTestServer(WebApplication app, Uri endpoint)
    {
        App = app;
        Endpoint = endpoint;
        Http = new HttpClient { BaseAddress = endpoint };
    }

    public WebApplication App { get; }

    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    public ToolProbe Probe => Services.GetRequiredService<ToolProbe>();

    public static async Task<McpTestServer> StartAsync(Action<McpHttpOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<ToolProbe>();
        builder.Services
            .AddMcpServer(o => o.ServerInfo = new Implementation { Name = "adapter-tests", Version = "1.0" })
            .WithTools<EchoTools>();
        builder.Services.AddMcpStreamableHttp(configure);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.Use((context, next) =>
        {
            // Stands in for authentication, which the host adds in front of the endpoint.
            if (context.Request.Headers.TryGetValue(UserHeader, out var user))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", user.ToString())], "test"));
            }

            return next(context);
        });
        app.MapMcpStreamableHttp();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new McpTestServer(app, new Uri($"{address}/mcp"));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
