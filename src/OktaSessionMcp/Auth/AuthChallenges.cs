using Microsoft.Net.Http.Headers;
using OktaSessionMcp.Security;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The refusals of inbound security, each with the WWW-Authenticate challenge RFC 6750 and the MCP authorization
/// specification ask for, and a JSON-RPC error body like the other guards'. Every text here is fixed: nothing the caller
/// sent is echoed.
/// </summary>
internal static class AuthChallenges
{
    /// <param name="rejected">A bearer token was sent and refused: error="invalid_token" (RFC 6750 section 3.1).</param>
    public static Task UnauthorizedAsync(HttpContext context, ProtectedResource resource, string scope, bool rejected)
    {
        var challenge = $"Bearer resource_metadata=\"{resource.MetadataUrl}\", scope=\"{scope}\"";
        if (rejected)
        {
            challenge += ", error=\"invalid_token\", error_description=\"The access token is invalid, expired, or not for this server.\"";
        }

        context.Response.Headers.WWWAuthenticate = challenge;
        return GuardError.WriteAsync(context, StatusCodes.Status401Unauthorized, rejected
            ? "Unauthorized: the bearer token is not valid here (unknown key, bad signature, wrong issuer or audience, or expired)."
            : "Unauthorized: send 'Authorization: Bearer <token>'. The metadata in WWW-Authenticate names the authorization server.");
    }

    public static Task ForbiddenAsync(HttpContext context, ProtectedResource resource, string scope)
    {
        context.Response.Headers.WWWAuthenticate =
            $"Bearer error=\"insufficient_scope\", scope=\"{scope}\", resource_metadata=\"{resource.MetadataUrl}\", " +
            $"error_description=\"This request needs the scope {scope}.\"";
        return GuardError.WriteAsync(context, StatusCodes.Status403Forbidden, $"Forbidden: this request needs the scope '{scope}', which the token does not grant.");
    }

    public static Task QueryStringTokenAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate =
            "Bearer error=\"invalid_request\", error_description=\"Credentials are accepted only in the Authorization header.\"";
        return GuardError.WriteAsync(context, StatusCodes.Status400BadRequest,
            "Bad Request: credentials in the query string are refused; send them as 'Authorization: Bearer <token>'.");
    }

    public static Task TooManyRequestsAsync(HttpContext context, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers[HeaderNames.RetryAfter] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return GuardError.WriteAsync(context, StatusCodes.Status429TooManyRequests,
            $"Too Many Requests: this caller's request limit is spent; retry after {seconds} s.", cancellationToken: cancellationToken);
    }
}
