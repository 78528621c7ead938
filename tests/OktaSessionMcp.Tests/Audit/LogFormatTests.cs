using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Audit;

/// <summary>An unknown format never reaches logging set-up: see StartupFailureCase "log-format", refused before any host is built.</summary>
public sealed class LogFormatTests
{
    [Theory]
    [InlineData(null, "simple")]
    [InlineData("simple", "simple")]
    [InlineData("json", "json")]
    [InlineData("JSON", "json")]
    public void AddLogFormat_Setting_ChoosesTheConsoleFormatterAndKeepsStderr(string? format, string formatter)
    {
        using var services = Services(format);

        var options = services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value;

        Assert.Equal(formatter, options.FormatterName ?? "simple");
        Assert.Equal(LogLevel.Trace, options.LogToStandardErrorThreshold);
    }

    private static ServiceProvider Services(string? format)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [LogFormat.Key] = format }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSafeLogging().AddLogFormat(configuration));
        return services.BuildServiceProvider();
    }
}
