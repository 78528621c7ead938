using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using OktaSessionMcp.Fleet;
using OktaSessionMcp.Hosting;

namespace OktaSessionMcp.Tests.Fleet;

/// <summary>One shared McpServerOptions, except for a request that recreates a migrated session (the SDK writes into it).</summary>
public sealed class McpServerOptionsOnceTests
{
    [Fact]
    public void Create_OrdinaryRequests_ShareOneInstance()
    {
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext() };
        var factory = Factory(accessor);

        Assert.Same(factory.Create(Options.DefaultName), factory.Create(Options.DefaultName));
    }

    [Fact]
    public void Create_RequestThatMigratesASession_GetsItsOwn()
    {
        var accessor = new HttpContextAccessor { HttpContext = new DefaultHttpContext() };
        var factory = Factory(accessor);
        var shared = factory.Create(Options.DefaultName);
        RedisSessionMigration.MarkMigrating(accessor.HttpContext);

        var migrating = factory.Create(Options.DefaultName);
        migrating.KnownClientInfo = new() { Name = "moved-client", Version = "1" };

        Assert.NotSame(shared, migrating);
        Assert.Null(shared.KnownClientInfo);
    }

    private static McpServerOptionsOnce Factory(IHttpContextAccessor accessor) =>
        new([new ConfigureOptions<McpServerOptions>(options => options.ServerInstructions = "configured")], [], [], accessor);
}
