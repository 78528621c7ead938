using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_FlagsAndValues_BecomeConfigurationKeys()
    {
        var result = CommandLine.Parse(["--okta-simulator", "--mcp-port", "9191", "--bind=::1", "--stateful"]);

        Assert.Null(result.Error);
        Assert.Equal("true", result.Values["Server:OktaSimulator"]);
        Assert.Equal("9191", result.Values["Server:McpPort"]);
        Assert.Equal("::1", result.Values["Server:Bind"]);
        Assert.Equal("true", result.Values["Server:Stateful"]);
    }

    [Fact]
    public void Parse_UnknownOption_IsAnErrorThatPointsAtHelp()
    {
        var result = CommandLine.Parse(["--mcp-prot", "1"]);

        Assert.Contains("--mcp-prot", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueMissing_IsAnError()
    {
        var result = CommandLine.Parse(["--mcp-port", "--stdio"]);

        Assert.Contains("needs a value", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpText_ListsEveryOptionAndTheEnvironment()
    {
        using var output = new StringWriter();

        HelpText.Write(output);

        foreach (var option in CommandLine.Options)
        {
            Assert.Contains(option.Name, output.ToString(), StringComparison.Ordinal);
        }

        Assert.Contains("OKTA_ORG_URL", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("OKTA_API_KEY", output.ToString(), StringComparison.Ordinal);
    }
}
