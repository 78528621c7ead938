using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>A misconfigured server refuses to start, and says which setting to fix.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData(null, "token", "OKTA_ORG_URL")]
    [InlineData("http://example.okta.com", "token", "OKTA_ORG_URL")]
    [InlineData("https://example.okta.com", null, "OKTA_API_KEY")]
    public async Task Start_MissingOrBadOktaSetting_FailsNamingTheSetting(string? orgUrl, string? token, string setting)
    {
        await using var app = HttpHost.Build(Configuration(new() { ["Okta:OrgUrl"] = orgUrl, ["Okta:ApiToken"] = token }));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(setting, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    public async Task Start_NonLoopbackBind_IsRefusedWithTheRisk(string bind)
    {
        await using var app = HttpHost.Build(Configuration(new()
        {
            ["Server:Bind"] = bind,
            ["Okta:OrgUrl"] = "https://example.okta.com",
            ["Okta:ApiToken"] = "token",
        }));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("--bind", ex.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values)
    {
        values.TryAdd("Server:McpPort", "0");
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
