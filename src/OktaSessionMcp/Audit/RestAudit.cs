using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Audit;

/// <summary>Middleware: one audit record per call of a REST operation, with the status answered.</summary>
internal sealed class RestAudit(RequestDelegate next, RestListener rest, AuditLog audit)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!rest.Accepted(context) || context.GetEndpoint()?.Metadata.GetMetadata<RestEndpointMetadata>() is null)
        {
            await next(context);
            return;
        }

        var timer = audit.Start();
        var okta = new OktaCallRecord();
        using var observing = OktaCallObservation.Observe(okta);
        var outcome = "error";
        try
        {
            await next(context);
            outcome = context.Response.StatusCode < StatusCodes.Status400BadRequest ? "success" : "error";
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            audit.Write(timer, "rest", AuditNames.Operation(context), outcome, context.User, context.Response.StatusCode, okta,
                AuditNames.Session(context.Request.RouteValues["sessionid"] as string));
        }
    }
}
