using Microsoft.Extensions.Configuration;
using OktaSessionMcp.Auth;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Policy;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>Every setting that is not text has its type checked before the binder can fail on it with a stack trace.</summary>
public sealed class SettingTypesTests
{
    [Theory]
    [InlineData(typeof(ServerOptions), ServerOptions.Section)]
    [InlineData(typeof(AuthOptions), AuthOptions.Section)]
    [InlineData(typeof(PolicyOptions), PolicyOptions.Section)]
    public void Keys_EveryBoundSettingThatIsNotText_IsChecked(Type options, string section)
    {
        var typed = options.GetProperties()
            .Where(p => p.CanWrite && p.PropertyType != typeof(string))
            .Select(p => $"{section}:{p.Name}");

        Assert.Empty(typed.Except(SettingTypes.Keys, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Server:McpPort", "0")]
    [InlineData("Server:RestPort", "65535")]
    [InlineData("Server:Stateful", "True")]
    [InlineData("Okta:TransientRetryDelaySeconds", "0.5")]
    [InlineData("Server:ConfirmDestructive", " Always ")]
    [InlineData("Logging:LogLevel:Default", "debug")]
    public void Check_GoodValue_Passes(string key, string value) =>
        SettingTypes.Check(Configuration(key, value));

    [Theory]
    [InlineData("Server:McpPort", "65536", "--mcp-port '65536' is not a port (Server__McpPort): use 1 to 65535.")]
    [InlineData("Server:RestEnabled", "no", "Server__RestEnabled 'no' is not true or false: use true or false, or leave it out.")]
    [InlineData("Okta:MaxConcurrentRequests", "1.5", "--okta-max-concurrent-requests '1.5' is not a whole number (Okta__MaxConcurrentRequests): use 1 to 1000.")]
    public void Check_WrongType_NamesFlagVariableAndFix(string key, string value, string message)
    {
        var ex = Assert.Throws<StartupException>(() => SettingTypes.Check(Configuration(key, value)));

        Assert.Equal(message, ex.Message);
    }

    private static IConfiguration Configuration(string key, string value) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
}
