using System.Diagnostics;
using System.Text.Json.Nodes;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Tests.BadInput;

/// <summary>
/// Over stdio no body scan runs before the SDK (that guard is HTTP's), so what reaches the call-tool filters is whatever
/// the SDK parsed: an escaped lone surrogate in an argument among it. It must still end as a tool error naming the
/// argument, as the README promises for both transports, not as -32603 with a stack trace in the log.
/// </summary>
public sealed class StdioBadInputTests
{
    [Theory]
    [InlineData(GetSessionTool.Name, """{"sessionId":"\ud800"}""", "sessionId")]
    [InlineData(CloseSessionTool.Name, """{"sessionId":"102\udc00abc"}""", "sessionId")]
    [InlineData(CreateAndRefreshSessionTool.Name, """{"sessionToken":"x\ud800"}""", "sessionToken")]
    [InlineData(GetSessionTool.Name, """{"sessionId":"\ud800"}""", "sessionId", "Arguments")]
    public async Task LoneSurrogateInAnArgument_IsToolErrorNamingIt(string tool, string arguments, string argument, string key = "arguments")
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "OktaSessionMcp"))
        {
            ArgumentList = { "--stdio" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Refused before anything is sent, so no Okta is needed: these only have to pass start-up validation.
            Environment = { ["OKTA_ORG_URL"] = "https://example.okta.com", ["OKTA_API_KEY"] = "stdio-test-token" },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.StandardInput.WriteLineAsync(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"stdio-test","version":"1.0"}}}""");
            await process.StandardInput.WriteLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
            await process.StandardInput.WriteLineAsync(
                $$$"""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"{{{tool}}}","{{{key}}}":{{{arguments}}}}}""");
            await process.StandardInput.FlushAsync(deadline.Token);

            var answer = await AnswerToAsync(process.StandardOutput, id: 2, deadline.Token);

            var result = Assert.IsType<JsonObject>(answer["result"], exactMatch: false);
            Assert.True(result["isError"]?.GetValue<bool>());
            var text = result["content"]?[0]?["text"]?.GetValue<string>();
            Assert.Contains(argument, text, StringComparison.Ordinal);
            Assert.Contains("not valid Unicode", text, StringComparison.Ordinal);
        }
        finally
        {
            await StopAsync(process);
        }

        var log = await stderr;
        Assert.DoesNotContain("Exception", log, StringComparison.Ordinal);
        Assert.Contains($"Audit: mcp {tool} by local", log, StringComparison.Ordinal);
    }

    /// <summary>Ends the server as a client does, by closing stdin; one that does not exit within 10 s is killed.</summary>
    private static async Task StopAsync(Process process)
    {
        try
        {
            process.StandardInput.Close();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await process.WaitForExitAsync(exit.Token);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // Already gone (stdin broken), or still running: killed below either way.
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<JsonObject> AnswerToAsync(StreamReader stdout, int id, CancellationToken cancellationToken)
    {
        while (await stdout.ReadLineAsync(cancellationToken) is { } line)
        {
            if (JsonNode.Parse(line) is JsonObject message && message["id"]?.GetValue<int>() == id)
            {
                return message;
            }
        }

        throw new InvalidOperationException($"The server closed stdout without answering request {id}.");
    }
}
