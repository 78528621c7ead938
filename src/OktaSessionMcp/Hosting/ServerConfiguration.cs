namespace OktaSessionMcp.Hosting;

/// <summary>The server's configuration: the environment, then the command line over it.</summary>
public static class ServerConfiguration
{
    public static IConfiguration Build(IDictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(settings)
            .Build();
}
