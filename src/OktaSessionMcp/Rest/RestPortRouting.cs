namespace OktaSessionMcp.Rest;

/// <summary>
/// Keeps the two listeners apart: the REST adapter's endpoints answer only on the REST port, and every other endpoint
/// (/mcp) only on the others. A request to the wrong port loses its endpoint and gets the same 404 as an unknown path.
/// Checked on the connection's local port because with port 0 the ports are unknown when the routes are built.
/// </summary>
internal sealed class RestPortRouting(RequestDelegate next, RestListener listener)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<RestEndpointMetadata>() is not null != listener.Accepted(context))
        {
            context.SetEndpoint(null);
        }

        return next(context);
    }
}
