using System.ComponentModel;
using System.Security.Claims;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace OktaSessionMcp.StreamableHttp.Tests.TestHost;

/// <summary>Small tools that exercise each path of the endpoint.</summary>
[McpServerToolType]
public sealed class EchoTools(ToolProbe probe)
{
    [McpServerTool(Name = "echo"), Description("Returns the message.")]
    public static string Echo(string message) => message;

    [McpServerTool(Name = "whoami"), Description("Returns the caller's sub claim.")]
    public static string WhoAmI(ClaimsPrincipal? user) => user?.FindFirst("sub")?.Value ?? "anonymous";

    [McpServerTool(Name = "wait_for_cancel"), Description("Runs until cancelled.")]
    public async Task<string> WaitForCancelAsync(CancellationToken cancellationToken)
    {
        probe.Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            probe.Cancelled.TrySetResult();
            throw;
        }

        return "not cancelled";
    }

    // Logging is deprecated in 2026-07-28 but still part of the revisions our clients speak.
#pragma warning disable MCP9005
    [McpServerTool(Name = "report_progress"), Description("Reports progress and logs before answering.")]
    public static async Task<string> ReportProgressAsync(McpServer server, IProgress<ProgressNotificationValue> progress, CancellationToken cancellationToken)
    {
        progress.Report(new ProgressNotificationValue { Progress = 1, Total = 2 });
        await server.SendNotificationAsync(
            NotificationMethods.LoggingMessageNotification,
            new LoggingMessageNotificationParams { Level = LoggingLevel.Info, Data = JsonSerializer.SerializeToElement("halfway") },
            cancellationToken: cancellationToken);
        return "done";
    }
#pragma warning restore MCP9005

    [McpServerTool(Name = "ask_user"), Description("Asks the client a yes/no question through elicitation.")]
    public static async Task<string> AskUserAsync(McpServer server, CancellationToken cancellationToken)
    {
        var result = await server.ElicitAsync(
            new ElicitRequestParams
            {
                Message = "Proceed?",
                RequestedSchema = new() { Properties = { ["ok"] = new ElicitRequestParams.BooleanSchema() } },
            },
            cancellationToken);
        return result.Action;
    }
}
