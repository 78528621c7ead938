using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Hosting;

/// <summary>Start-up messages name what a person types: the flag and the environment variable, not configuration keys.</summary>
public sealed class SettingNamesTests
{
    [Theory]
    [InlineData(
        "OktaClientOptions.TotalTimeout must be between 10 ms and 1 day: set Okta:TotalTimeoutSeconds to a number of seconds, e.g. 10.",
        "OktaClientOptions.TotalTimeout must be between 10 ms and 1 day: set --okta-total-timeout (Okta__TotalTimeoutSeconds) to a number of seconds, e.g. 10.")]
    [InlineData(
        "Server:ConfirmationMinutes must be 1 to 60; it is 0.",
        "Server__ConfirmationMinutes must be 1 to 60; it is 0.")]
    [InlineData(
        "--tools names 'x', which this server does not have.",
        "--tools (Server__Tools) names 'x', which this server does not have.")]
    [InlineData(
        "OKTA_ORG_URL is required: set it to your org's URL",
        "OKTA_ORG_URL (--okta-org-url) is required: set it to your org's URL")]
    [InlineData(
        "--mcp-port 'abc' is not a port (Server__McpPort): use 1 to 65535.",
        "--mcp-port 'abc' is not a port (Server__McpPort): use 1 to 65535.")]
    [InlineData(
        "Refusing to listen on 0.0.0.0: keep the default --bind 127.0.0.1.",
        "Refusing to listen on 0.0.0.0: keep the default --bind 127.0.0.1.")]
    public void Annotate_Message_NamesFlagAndVariable(string message, string expected) =>
        Assert.Equal(expected, SettingNames.Annotate(message));
}
