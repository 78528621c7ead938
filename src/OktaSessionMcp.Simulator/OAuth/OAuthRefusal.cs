using OktaSessionMcp.Simulator.Json;

namespace OktaSessionMcp.Simulator.OAuth;

/// <summary>The token endpoint's error answer: RFC 6749's body, no-store, and a DPoP-Nonce when it asks for one.</summary>
internal sealed class OAuthRefusal(int status, string error, string description, string? nonce) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers.CacheControl = "no-store";
        if (nonce is not null)
        {
            httpContext.Response.Headers["DPoP-Nonce"] = nonce;
        }

        return Results.Json(new OAuthError(error, description), SimulatorJsonContext.Default.OAuthError, statusCode: status).ExecuteAsync(httpContext);
    }
}
