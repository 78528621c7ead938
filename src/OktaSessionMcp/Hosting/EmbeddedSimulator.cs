using System.Security.Cryptography;
using OktaSessionMcp.Simulator;

namespace OktaSessionMcp.Hosting;

/// <summary>Starts the Okta simulator inside this process for --okta-simulator and tells the person how to use it.</summary>
public static class EmbeddedSimulator
{
    /// <summary>The client id of the simulator's OAuth app in <c>--okta-auth oauth</c>.</summary>
    public const string OAuthClientId = "0oaSimulatorServiceApp";

    public static bool UsesOAuth(string? oktaAuth) => oktaAuth?.Trim().ToLowerInvariant() switch
    {
        null or "" or "ssws" => false,
        "oauth" => true,
        _ => throw new StartupException($"--okta-auth '{oktaAuth}' is not known: use ssws (the default) or oauth."),
    };

    /// <summary>
    /// Starts the simulator and points the client at it. With OAuth, a P-256 key pair is made here: the simulator
    /// registers its public half as the app's key and the client signs with the private half, which never leaves memory.
    /// The API key stays configured, so creating sessions (SSWS only, as at Okta) still works.
    /// </summary>
    public static async Task<OktaSimulator> StartAsync(IDictionary<string, string?> settings, bool oauth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var key = oauth ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : null;
        var simulator = await OktaSimulator.StartAsync(
            new SimulatorOptions { OAuthClientId = key is null ? null : OAuthClientId, OAuthClientKey = key?.ExportSubjectPublicKeyInfoPem() },
            cancellationToken);
        settings[OktaSettings.OrgUrl] = simulator.BaseUrl.ToString();
        settings[OktaSettings.ApiToken] = simulator.ApiKey;
        if (key is not null)
        {
            settings[OktaSettings.ClientId] = OAuthClientId;
            settings[OktaSettings.PrivateKey] = key.ExportPkcs8PrivateKeyPem();
        }

        return simulator;
    }

    public static void PrintBanner(OktaSimulator simulator, TextWriter output, string? mcpUrl)
    {
        output.WriteLine($"Okta simulator: {simulator.BaseUrl} (API key '{simulator.ApiKey}', a demo value)");
        if (simulator.OAuthClientId is { } clientId)
        {
            output.WriteLine($"Okta auth:      OAuth app {clientId} (private_key_jwt, DPoP) for get, refresh and close; SSWS for create");
        }

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
