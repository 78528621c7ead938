using System.Net.Sockets;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Simulator.Tests;

/// <summary>
/// The standalone simulator fails to start like the server does (issue 19): a short message naming the option,
/// exit code 2, no stack trace and no help dump, within 10 s.
/// </summary>
public sealed class StartupFailureTests
{
    [Theory]
    [InlineData("--port", "abc")]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "nowhere")]
    [InlineData("--api-key=", null)]
    [InlineData("--rate-limit-per-minute", "many")]
    public async Task Start_BadValue_ExitsTwoWithOneLineNamingTheOption(string option, string? value)
    {
        var process = await RunAsync(value is null ? [option, "--port", "0"] : [option, value]);

        AssertShortFailure(process, option.TrimEnd('='));
    }

    [Fact]
    public async Task Start_PortInUse_ExitsTwoNamingThePortAndTheOption()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var process = await RunAsync(["--port", port]);

        AssertShortFailure(process, "--port");
        Assert.Contains(port, process.Stderr[0], StringComparison.Ordinal);
        Assert.Contains("in use", process.Stderr[0], StringComparison.Ordinal);
    }

    private static Task<ExitedProcess> RunAsync(string[] arguments) =>
        ExitedProcess.RunAsync(
            Path.Combine(AppContext.BaseDirectory, "OktaSessionMcp.Simulator"), arguments, new Dictionary<string, string>(), TimeSpan.FromSeconds(10));

    private static void AssertShortFailure(ExitedProcess process, string option)
    {
        Assert.Equal(2, process.ExitCode);
        Assert.InRange(process.Stderr.Count, 1, 5);
        Assert.DoesNotContain(process.Stderr, line => line.StartsWith("   at ", StringComparison.Ordinal));
        Assert.Contains(option, process.Stderr[0], StringComparison.Ordinal);
        Assert.Empty(process.Stdout);
    }
}
