using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using ModelContextProtocol.Client;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.OAuth;

/// <summary>The real binary: OAuth settings from the environment, what start-up says, and the OAuth quick start.</summary>
public sealed class OAuthStartupTests : IDisposable
{
    private readonly string keyFile = Path.GetTempFileName();

    [Fact]
    public async Task Start_KeyFileNotAKey_ExitsTwoNamingTheSettingWithoutEchoingIt()
    {
        await File.WriteAllTextAsync(keyFile, "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1ieXRlcy1jYW5hcnk=\n-----END PRIVATE KEY-----\n");
        using var process = Start(keyFile);

        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("okta-session-mcp cannot start:", stderr, StringComparison.Ordinal);
        Assert.Contains("OKTA_PRIVATE_KEY_FILE is not an unencrypted PEM (PKCS#8) RSA or EC P-256 private key", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_KeyFileMissing_ExitsTwoSayingItCannotBeRead()
    {
        using var process = Start(keyFile + ".absent");

        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("OKTA_PRIVATE_KEY_FILE cannot be read", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OAuthWithoutApiKey_SaysInOneLineWhyCreateIsNotOffered()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await File.WriteAllTextAsync(keyFile, key.ExportPkcs8PrivateKeyPem());
        using var process = Start(keyFile);
        try
        {
            var line = await process.StandardError.ReadLineAsync();

            Assert.Equal(
                "okta-session-mcp: okta-create-session-session-token and okta-create-and-refresh-session are not offered: Okta creates sessions from session tokens only with an SSWS API token, not OAuth; set OKTA_API_KEY to an API token to offer them.",
                line);
        }
        finally
        {
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task QuickStart_OktaAuthOAuth_ToolsUseDPoPAgainstTheEmbeddedSimulator()
    {
        await using var server = await ServerProcess.StartAsync(CancellationToken.None, "--okta-auth", "oauth");
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = server.McpUrl }));
        using var simulator = new HttpClient { BaseAddress = server.SimulatorUrl };
        using var minted = await simulator.PostAsJsonAsync("/__sim/session-tokens", new { login = "alice@example.com" });
        var sessionToken = (await minted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionToken").GetString();

        var workflow = await client.CallToolAsync(CreateAndRefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionToken"] = sessionToken });
        var id = workflow.StructuredContent!.Value.GetProperty("sessionId").GetString();
        var read = await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = id });

        Assert.True(read.IsError != true, ToolText.Of(read));
        var schemes = (await simulator.GetFromJsonAsync<JsonElement>("/__sim/requests")).EnumerateArray()
            .Select(r => $"{r.GetProperty("method").GetString()} {(r.TryGetProperty("scheme", out var s) ? s.GetString() : "-")}").ToList();
        Assert.Equal(["POST SSWS", "POST -", "POST -", "POST DPoP", "GET DPoP"], schemes);
        server.Terminate();
        Assert.Equal(0, await server.ExitCodeAsync(CancellationToken.None));
    }

    public void Dispose() => File.Delete(keyFile);

    private static Process Start(string keyPath)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "OktaSessionMcp"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--mcp-port", "0", "--rest-port", "0" },
        };
        start.Environment["OKTA_ORG_URL"] = "http://127.0.0.1:9";
        start.Environment["OKTA_CLIENT_ID"] = "0oaStartupTestApp";
        start.Environment["OKTA_PRIVATE_KEY_FILE"] = keyPath;
        start.Environment.Remove("OKTA_API_KEY");
        return Process.Start(start)!;
    }
}
