using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Hosting;

/// <summary>Starts the Okta simulator inside this process for --okta-simulator and tells the person how to use it.</summary>
public static class EmbeddedSimulator
{
    public static async Task<OktaSimulator> StartAsync(IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var simulator = await OktaSimulator.StartAsync(new SimulatorOptions(), cancellationToken);
        settings["Okta:OrgUrl"] = simulator.BaseUrl.ToString();
        settings["Okta:ApiToken"] = simulator.ApiKey;
        return simulator;
    }

    public static void PrintBanner(OktaSimulator simulator, TextWriter output, string? mcpUrl)
    {
        output.WriteLine($"Okta simulator: {simulator.BaseUrl} (API key '{simulator.ApiKey}', a demo value)");
        if (mcpUrl is not null)
        {
            output.WriteLine($"MCP endpoint:   {mcpUrl}");
        }

        output.WriteLine("Demo users (login / password):");
        foreach (var user in simulator.Users)
        {
            output.WriteLine($"  {user.Login} / {user.Password}");
        }

        var first = simulator.Users[0];
        output.WriteLine($"A fresh one-time session token for {first.Login} (valid a few minutes):");
        output.WriteLine($"  {simulator.MintSessionToken(first.Login)}");
        output.WriteLine($"More: curl -s -X POST {simulator.BaseUrl}__sim/session-tokens -H 'Content-Type: application/json' -d '{{\"login\":\"{first.Login}\"}}'");
        output.Flush();
    }
}
