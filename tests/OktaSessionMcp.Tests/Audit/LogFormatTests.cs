using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Audit;

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

    [Fact]
    public void AddLogFormat_UnknownFormat_FailsNamingTheOption()
    {
        var ex = Assert.Throws<StartupException>(() => Services("xml"));

        Assert.Contains("--log-format", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(string? format)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [LogFormat.Key] = format }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSafeLogging().AddLogFormat(configuration));
        return services.BuildServiceProvider();
    }
}
