namespace OktaSessionMcp.Progress;

/// <summary>
/// A call-tool filter that bridges the Okta client's retry notices to MCP progress notifications, so that the tools
/// stay thin and the client stays free of MCP. Without a progress token in the request, nothing is sent.
/// </summary>
public static class RetryProgress
{
    internal static CallToolHandler Filter(CallToolHandler next) => async (context, cancellationToken) =>
    {
        if (context.Params?.ProgressToken is not { } progressToken)
        {
            return await next(context, cancellationToken);
        }

        // The observer reaches the Okta calls the tool makes below this frame, and no others.
        using (OktaCallObservation.Observe(new McpRetryProgress(context.Server, progressToken)))
        {
            return await next(context, cancellationToken);
        }
    };
}
