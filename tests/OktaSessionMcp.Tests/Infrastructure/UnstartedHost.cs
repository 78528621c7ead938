using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Infrastructure;

/// <summary>
/// The real host built from in-memory settings and never bound, for tests of what it registers or refuses at start:
/// ports 0 and a usable Okta org unless a test overrides them, so each test names only the settings it is about.
/// </summary>
internal static class UnstartedHost
{
    public static WebApplication Build(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Server:McpPort"] = "0",
            ["Server:RestPort"] = "0",
            ["Okta:OrgUrl"] = "https://example.okta.com",
            ["Okta:ApiToken"] = "token",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return HttpHost.Build(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
    }

    /// <summary>Starts the host, which must fail its options validation (that runs before anything binds), and returns the failure.</summary>
    public static async Task<OptionsValidationException> StartFailureAsync(params (string Key, string? Value)[] settings)
    {
        await using var app = Build(settings);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
