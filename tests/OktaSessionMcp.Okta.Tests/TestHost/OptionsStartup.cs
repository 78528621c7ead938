using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>The client registered as the host registers it, and its options checked as the host does before it starts.</summary>
internal static class OptionsStartup
{
    public static ServiceProvider Register(Action<OktaClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOktaSessionClient(configure);
        return services.BuildServiceProvider();
    }

    /// <summary>The failure of a misconfigured start-up (IStartupValidator is what ValidateOnStart hooks into).</summary>
    public static OptionsValidationException Fail(Action<OktaClientOptions> configure)
    {
        using var services = Register(configure);
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }
}
