using Microsoft.Extensions.Configuration;
using OktaSessionMcp.Hosting;
using OktaSessionMcp.Policy;

namespace OktaSessionMcp.Tests.Policy;

public sealed class PolicyCommandLineTests
{
    [Fact]
    public void Parse_PolicyOptions_BindToPolicySettings()
    {
        var parsed = CommandLine.Parse(["--read-only", "--tools", "get-details-about-session,okta-refresh-session", "--confirm-destructive=always"]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(parsed.Values).Build();

        var policy = configuration.GetSection(PolicyOptions.Section).Get<PolicyOptions>()!;

        Assert.Null(parsed.Error);
        Assert.True(policy.ReadOnly);
        Assert.Equal(["get-details-about-session", "okta-refresh-session"], policy.AllowedTools);
        Assert.Equal(ConfirmationMode.Always, policy.Confirmation);
    }

    [Fact]
    public void Defaults_NoPolicyOptions_AllToolsAndAutoConfirmation()
    {
        var policy = new PolicyOptions();

        Assert.False(policy.ReadOnly);
        Assert.Null(policy.AllowedTools);
        Assert.Equal(ConfirmationMode.Auto, policy.Confirmation);
        Assert.Equal(5, policy.ConfirmationMinutes);
    }
}
