using System.Diagnostics;

namespace OktaSessionMcp.Telemetry;

/// <summary>
/// A call-tool filter: one count and one duration per tool call, tagged by tool and outcome (input_required and
/// cancelled included, which the SDK's own metrics do not tell apart). The span of a call is the SDK's.
/// </summary>
public static class ToolCallObserver
{
    public static CallToolHandler Observe(CallToolHandler next) => async (context, cancellationToken) =>
    {
        var tool = context.Params?.Name ?? "unknown";
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
        }
    };
}
