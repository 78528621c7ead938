using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Options;
using OktaSessionMcp.StreamableHttp.Tests.TestHost;

namespace OktaSessionMcp.StreamableHttp.Tests;

/// <summary>The public entry points: defaults, misconfiguration caught at start-up, wiring mistakes caught at map time.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public void Options_Defaults_AreStatelessWithDocumentedLimits()
    {
        var options = new McpHttpOptions();

        Assert.False(options.Stateful);
        Assert.Equal(TimeSpan.FromMinutes(30), options.IdleTimeout);
        Assert.Equal(10_000, options.MaxIdleSessions);
        Assert.Equal(10_000, options.MaxSessions);
        Assert.Equal(1024 * 1024, options.MaxRequestBodyBytes);
    }

    [Theory]
    [InlineData(nameof(McpHttpOptions.IdleTimeout))]
    [InlineData(nameof(McpHttpOptions.MaxIdleSessions))]
    [InlineData(nameof(McpHttpOptions.MaxSessions))]
    [InlineData(nameof(McpHttpOptions.MaxRequestBodyBytes))]
    public async Task Start_WithInvalidOption_FailsNamingTheSetting(string setting)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => McpTestServer.StartAsync(o =>
        {
            switch (setting)
            {
                case nameof(McpHttpOptions.IdleTimeout): o.IdleTimeout = TimeSpan.Zero; break;
                case nameof(McpHttpOptions.MaxIdleSessions): o.MaxIdleSessions = -1; break;
                case nameof(McpHttpOptions.MaxSessions): o.MaxSessions = 0; break;
                default: o.MaxRequestBodyBytes = 0; break;
            }
        }));

        Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_WithoutAddMcpStreamableHttp_ThrowsSayingWhatToCall()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapMcpStreamableHttp());

        Assert.Contains("AddMcpStreamableHttp", exception.Message, StringComparison.Ordinal);
    }
}
