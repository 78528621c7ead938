using System.Diagnostics.Metrics;

namespace OktaSessionMcp.Telemetry;

/// <summary>
/// The server's own Meter (System.Diagnostics, so dotnet-counters, OpenTelemetry or a
/// MeterListener can read them without the server choosing an exporter).
/// </summary>
public static class ServerTelemetry
{
    public const string Name = "OktaSessionMcp";

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ToolCalls = Meter.CreateCounter<long>(
        "okta_session_mcp.tool.calls", unit: "{call}", description: "MCP tool calls by tool and outcome.");

    public static readonly Histogram<double> ToolDuration = Meter.CreateHistogram<double>(
        "okta_session_mcp.tool.duration", unit: "s", description: "How long MCP tool calls take, by tool and outcome.");
}
