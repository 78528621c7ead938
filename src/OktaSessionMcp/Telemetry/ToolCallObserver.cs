using System.Diagnostics;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace OktaSessionMcp.Telemetry;

/// <summary>A call-tool filter: one span, one count and one duration per tool call, tagged by tool and outcome.</summary>
public static class ToolCallObserver
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Observe(
        McpRequestHandler<CallToolRequestParams, CallToolResult> next) => async (context, cancellationToken) =>
    {
        var tool = context.Params?.Name ?? "unknown";
        using var activity = ServerTelemetry.ActivitySource.StartActivity($"tools/call {tool}", ActivityKind.Server);
        activity?.SetTag("mcp.tool.name", tool);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            var result = await next(context, cancellationToken);
            outcome = result.IsError == true ? "error" : "success";
            return result;
        }
        catch (InputRequiredException)
        {
            // The 2026-07-28 confirmation round trip: the person is being asked, nothing failed.
            outcome = "input_required";
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            var tags = new TagList { { "tool", tool }, { "outcome", outcome } };
            ServerTelemetry.ToolCalls.Add(1, tags);
            ServerTelemetry.ToolDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            activity?.SetTag("mcp.tool.outcome", outcome);
            if (outcome is not ("success" or "input_required"))
            {
                activity?.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }
    };
}
