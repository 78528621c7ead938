using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>--redis refuses to start without what a fleet needs, naming the fix, and never echoes the connection string.</summary>
public sealed class FleetStartupTests
{
    [Fact]
    public void Redis_WithoutConfirmationKey_RefusesToStartNamingTheKey()
    {
        var ex = Assert.Throws<StartupException>(() => UnstartedHost.Build(("Server:Redis", "127.0.0.1:1")));

        Assert.StartsWith("--redis (Server__Redis) needs Server__ConfirmationKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("password=hunter2-not-a-host")]
    [InlineData("127.0.0.1:6379,password=hunter2,nosuchoption=1")]
    public void Redis_NotAConnectionString_RefusesToStartWithoutEchoingIt(string connection)
    {
        var ex = Assert.Throws<StartupException>(() => UnstartedHost.Build(("Server:Redis", connection), ("Server:ConfirmationKey", FleetNodes.ConfirmationKey)));

        Assert.StartsWith("--redis (Server__Redis)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", ex.Message, StringComparison.Ordinal);
    }
}
