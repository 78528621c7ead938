using OktaSessionMcp.Simulator.Json;
using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator;

/// <summary>Every error the simulator answers, in Okta's words and shape; the one place they are written.</summary>
internal static class OktaErrors
{
    public static IResult MalformedBody() => Create(StatusCodes.Status400BadRequest, "E0000003", "The request body was not well-formed.");

    public static IResult ValidationFailed(string what, IReadOnlyList<ErrorCause> causes) =>
        Create(StatusCodes.Status400BadRequest, "E0000001", $"Api validation failed: {what}", causes);

    public static IResult AuthenticationFailed() => Create(StatusCodes.Status401Unauthorized, "E0000004", "Authentication failed");

    public static IResult InvalidToken() => Create(StatusCodes.Status401Unauthorized, "E0000011", "Invalid token provided");

    public static IResult AccessDenied() =>
        Create(StatusCodes.Status403Forbidden, "E0000006", "You do not have permission to perform the requested action");

    /// <summary>An OAuth access token on createSession, which Okta serves to an SSWS API token only.</summary>
    public static IResult SswsOnly() => Create(StatusCodes.Status403Forbidden, "E0000006", "You do not have permission to perform the requested action",
        [new("Creating a session from a session token requires an SSWS API token; OAuth access tokens are not accepted.")]);

    // Okta names the resource and its type; echoing the id is acceptable here because the simulator guards nothing real.
    public static IResult NotFound(string resource, string type) =>
        Create(StatusCodes.Status404NotFound, "E0000007", $"Not found: Resource not found: {resource} ({type})");

    public static IResult MethodNotAllowed() =>
        Create(StatusCodes.Status405MethodNotAllowed, "E0000022", "The endpoint does not support the provided HTTP method");

    public static IResult RateLimited() =>
        Create(StatusCodes.Status429TooManyRequests, "E0000047", "API call exceeded rate limit due to too many requests.");

    /// <summary>The body an injected error of the given status carries.</summary>
    public static IResult ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => InvalidToken(),
        StatusCodes.Status403Forbidden => AccessDenied(),
        StatusCodes.Status404NotFound => Create(status, "E0000007", "Not found: Resource not found"),
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed(),
        StatusCodes.Status429TooManyRequests => RateLimited(),
        >= 500 => Create(status, "E0000009", "Internal Server Error"),
        _ => Create(status, "E0000001", "Api validation failed"),
    };

    private static IResult Create(int status, string code, string summary, IReadOnlyList<ErrorCause>? causes = null) =>
        Results.Json(
            new ErrorBody(code, summary, code, OktaIds.NewErrorId(), causes ?? []),
            SimulatorJsonContext.Default.ErrorBody,
            statusCode: status);
}
