using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>"Hosting failed to start" and its stack trace stay out of the way unless the server logs at Debug.</summary>
public sealed class HostFailureLogLevelTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Information")]
    [InlineData("Warning")]
    public void HostLogger_AboveDebug_KeepsOnlyCritical(string? level)
    {
        using var services = Services(level);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(HostFailureLogLevel.Category);

        Assert.False(logger.IsEnabled(LogLevel.Error));
        Assert.True(logger.IsEnabled(LogLevel.Critical));
    }

    [Theory]
    [InlineData("Debug")]
    [InlineData("Trace")]
    public void HostLogger_AtDebug_KeepsTheFailure(string level)
    {
        using var services = Services(level);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(HostFailureLogLevel.Category);

        Assert.True(logger.IsEnabled(LogLevel.Error));
    }

    [Fact]
    public void OtherLoggers_Default_KeepErrors()
    {
        using var services = Services(null);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("OktaSessionMcp.Audit");

        Assert.True(logger.IsEnabled(LogLevel.Error));
    }

    private static ServiceProvider Services(string? level)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LogLevel:Default"] = level })
            .Build();
        var services = new ServiceCollection();
        // As in the hosts: the "Logging" section first, then the server's own setup.
        services.AddLogging(logging => logging.AddConfiguration(configuration).AddSafeLogging());
        return services.BuildServiceProvider();
    }
}
