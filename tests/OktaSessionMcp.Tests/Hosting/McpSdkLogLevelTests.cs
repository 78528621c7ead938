using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>The MCP SDK's log level: quiet per request by default, never below Debug (Trace carries message bodies).</summary>
public sealed class McpSdkLogLevelTests
{
    private const string SdkCategory = "ModelContextProtocol.Server.McpServer";

    [Fact]
    public void SdkLogger_Default_DropsPerRequestInformationKeepsWarnings()
    {
        using var services = Services();

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(SdkCategory);

        Assert.False(logger.IsEnabled(LogLevel.Debug));
        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void SdkLogger_MinimumLevelTrace_StopsAtDebug()
    {
        using var services = Services(minimum: LogLevel.Trace);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(SdkCategory);

        Assert.True(logger.IsEnabled(LogLevel.Debug));
        Assert.False(logger.IsEnabled(LogLevel.Trace));
    }

    [Theory]
    [InlineData("Information", LogLevel.Information, LogLevel.Debug)]
    [InlineData("Trace", LogLevel.Debug, LogLevel.Trace)]
    public void SdkLogger_ConfiguredLevel_IsHonouredDownToDebug(string configured, LogLevel enabled, LogLevel disabled)
    {
        using var services = Services(configured: configured);

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(SdkCategory);

        Assert.True(logger.IsEnabled(enabled));
        Assert.False(logger.IsEnabled(disabled));
    }

    [Fact]
    public void OtherLoggers_Default_KeepInformation()
    {
        using var services = Services();

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("OktaSessionMcp.Audit");

        Assert.True(logger.IsEnabled(LogLevel.Information));
    }

    private static ServiceProvider Services(LogLevel? minimum = null, string? configured = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["LogLevel:ModelContextProtocol"] = configured })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            // As in the hosts: configuration first, then the server's own setup.
            logging.AddConfiguration(configuration);
            logging.AddSafeLogging();
            if (minimum is { } level)
            {
                logging.SetMinimumLevel(level);
            }
        });
        return services.BuildServiceProvider();
    }
}
