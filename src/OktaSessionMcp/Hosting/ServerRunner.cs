using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Hosting;

/// <summary>Composition root: configuration from the environment and the command line, then the chosen host.</summary>
public static class ServerRunner
{
    public static async Task<int> RunAsync(IDictionary<string, string?> commandLine, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?>(commandLine, StringComparer.OrdinalIgnoreCase);
        var initial = ServerConfiguration.Build(settings);
        SettingTypes.Check(initial);
        var server = initial.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();

        await using var simulator = server.OktaSimulator
            ? await EmbeddedSimulator.StartAsync(settings, EmbeddedSimulator.UsesOAuth(server.OktaAuth), cancellationToken)
            : null;
        var configuration = ServerConfiguration.Build(settings);

        if (server.Stdio && !string.IsNullOrWhiteSpace(server.Redis))
        {
            throw new StartupException("--redis shares state between instances that serve HTTP; --stdio serves the one client that " +
                "started the process. Drop --redis, or --stdio.");
        }

        if (server.Stdio)
        {
            using var host = StdioHost.Build(configuration);
            WarnIfCreateWithheld(host.Services);
            if (simulator is not null)
            {
                EmbeddedSimulator.PrintBanner(simulator, Console.Error, mcpUrl: null);
            }

            await host.RunAsync(cancellationToken);
            return 0;
        }

        await using var app = HttpHost.Build(configuration);
        WarnIfCreateWithheld(app.Services);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (PortInUse.Is(ex))
        {
            // Only here are the ports known; Program.cs turns this into the message and exit code, like every failure.
            throw PortInUse.Describe(server, ex);
        }

        var rest = app.Services.GetRequiredService<RestListener>().BaseUrl;
        var mcpUrl = $"{app.Urls.First(url => rest is null || new Uri(url).Port != rest.Port).TrimEnd('/')}/mcp";
        if (simulator is not null)
        {
            EmbeddedSimulator.PrintBanner(simulator, Console.Out, mcpUrl);
        }
        else
        {
            Console.WriteLine($"MCP endpoint:   {mcpUrl}");
        }

        if (rest is not null)
        {
            Console.WriteLine($"REST adapter:   {rest}v1/api/v1/sessions (OpenAPI: {rest}openapi/v1.json)");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    /// <summary>One line on stderr; resolving the options also validates them, so a bad setting stops start-up here.</summary>
    private static void WarnIfCreateWithheld(IServiceProvider services)
    {
        if (OktaSettings.CreateToolsWithheld(services.GetRequiredService<IOptions<OktaClientOptions>>().Value) is { } notice)
        {
            Console.Error.WriteLine(notice);
        }
    }
}
