using OktaSessionMcp.Audit;
using OktaSessionMcp.Auth;
using OktaSessionMcp.Policy;
using OktaSessionMcp.Progress;
using OktaSessionMcp.Telemetry;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Hosting;

/// <summary>
/// Every tools/call passes these filters on its way to the tool, outermost first, on HTTP and stdio alike. The order is
/// the contract: each filter sees what the ones above it let through.
/// </summary>
internal static class ToolCallFilters
{
    public static IMcpServerBuilder WithToolCallFilters(this IMcpServerBuilder builder) => builder.WithRequestFilters(filters =>
    {
        filters.AddCallToolFilter(ToolCallObserver.Observe);       // 1. a count and a duration per call by outcome, whatever happens below
        filters.AddCallToolFilter(ToolCallAudit.Record);           // 2. one audit record per call, refusals below included
        filters.AddCallToolFilter(ToolScopeCheck.Check);           // 3. the caller's token grants the tool's scope (HTTP refused earlier with 403)
        filters.AddCallToolFilter(ArgumentGuard.Check);            // 4. arguments match the inputSchema, before anyone is asked to confirm them
        filters.AddCallToolFilter(DestructiveConfirmation.Filter); // 5. the person confirms a destructive call
        filters.AddCallToolFilter(RetryProgress.Filter);           // 6. waits for Okta's retries reported as MCP progress
        filters.AddCallToolFilter(ToolErrorMapper.Filter);         // 7. an Okta failure becomes a tool error the agent can act on
    });
}
