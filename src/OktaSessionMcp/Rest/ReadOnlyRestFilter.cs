using OktaSessionMcp.Policy;

namespace OktaSessionMcp.Rest;

/// <summary>
/// The REST adapter's side of --read-only: a request that would change a session (anything but GET or HEAD) is refused
/// before its handler runs, with 403 and Okta's own errorCode for "not permitted" (E0000006), so an Okta client reads it
/// as it would read Okta refusing the API token the same write.
/// </summary>
internal sealed class ReadOnlyRestFilter(IOptions<PolicyOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        return options.Value.ReadOnly && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)
            ? ValueTask.FromResult<object?>(RestErrors.ReadOnly())
            : next(context);
    }
}
