using System.Globalization;

namespace OktaSessionMcp.Rest;

/// <summary>
/// The one place where the REST adapter's errors are written: Okta's own errors rebuilt from <see cref="OktaApiException"/>
/// with Okta's status, and the adapter's own refusals and upstream failures in the same shape.
/// </summary>
internal static class RestErrors
{
    public static IResult InvalidSessionId() => Create(StatusCodes.Status400BadRequest, RestErrorCodes.ValidationFailed,
        "Api validation failed: sessionId", $"sessionId: {OktaIdentifiers.SessionIdRule}. No request was sent to Okta.");

    public static IResult InvalidSessionToken() => Create(StatusCodes.Status400BadRequest, RestErrorCodes.ValidationFailed,
        "Api validation failed: sessionToken", "sessionToken: a string of 1 to 2048 printable ASCII characters without spaces is required. No request was sent to Okta.");

    /// <summary>--read-only: a write refused before its handler runs, as Okta refuses an API token the same write.</summary>
    public static IResult ReadOnly() => Create(StatusCodes.Status403Forbidden, RestErrorCodes.NotPermitted,
        "You do not have permission to perform the requested action",
        "This server runs read-only (--read-only): it reads sessions but does not create, refresh or revoke them. Nothing was sent to Okta.");

    /// <summary>
    /// A refusal of the guards in front of every endpoint (Host/Origin, body size, credentials, rate limit), in Okta's
    /// shape with the code Okta gives the same refusal.
    /// </summary>
    public static IResult Guard(int status, string cause) => Create(status, status switch
    {
        StatusCodes.Status401Unauthorized => "E0000011",
        StatusCodes.Status403Forbidden => RestErrorCodes.NotPermitted,
        StatusCodes.Status413PayloadTooLarge => RestErrorCodes.MalformedBody,
        StatusCodes.Status429TooManyRequests => "E0000047",
        _ => RestErrorCodes.ValidationFailed,
    }, status switch
    {
        StatusCodes.Status401Unauthorized => "Invalid token provided",
        StatusCodes.Status403Forbidden => "You do not have permission to perform the requested action",
        StatusCodes.Status429TooManyRequests => "API call exceeded rate limit due to too many requests.",
        _ => "The request was refused before anything was sent to Okta.",
    }, cause);

    public static IResult MalformedBody(int status, string cause) =>
        Create(status, RestErrorCodes.MalformedBody, "The request body was not well-formed.", cause);

    public static IResult FromOkta(OktaApiException exception)
    {
        var (status, body) = exception.Kind switch
        {
            OktaFailureKind.Transport => (StatusCodes.Status502BadGateway, Own(RestErrorCodes.OktaUnreachable, "Okta could not be reached.")),
            OktaFailureKind.Timeout => (StatusCodes.Status504GatewayTimeout, Own(RestErrorCodes.OktaTimeout,
                "Okta did not answer in time. The outcome is unknown: read the session before retrying a change.")),
            OktaFailureKind.InvalidResponse => (StatusCodes.Status502BadGateway, Own(RestErrorCodes.OktaInvalidResponse,
                "Okta's answer could not be read (not JSON, the wrong shape, or too large).")),
            // The server's own credentials, not the caller's request: a gateway failure, with Okta's OAuth error as the cause.
            OktaFailureKind.TokenRefused => (StatusCodes.Status502BadGateway, Own(RestErrorCodes.OktaTokenRefused,
                "Okta refused to issue the server an access token.", $"{exception.ErrorCode}: {exception.ErrorSummary}")),
            OktaFailureKind.NotConfigured => (StatusCodes.Status403Forbidden, Own(RestErrorCodes.NotPermitted,
                "You do not have permission to perform the requested action", exception.Message)),
            _ => (exception.StatusCode ?? StatusCodes.Status502BadGateway, Rebuilt(exception)),
        };
        return new OktaErrorResult(status, body, exception);
    }

    private static RestError Rebuilt(OktaApiException exception) => exception.ErrorCode is { Length: > 0 } code
        ? new RestError
        {
            ErrorCode = code,
            ErrorSummary = exception.ErrorSummary ?? string.Empty,
            ErrorLink = exception.ErrorLink ?? code,
            ErrorId = exception.ErrorId ?? NewErrorId(),
            ErrorCauses = [.. exception.ErrorCauses.Select(cause => new RestErrorCause { ErrorSummary = cause })],
        }
        : Own(RestErrorCodes.OktaErrorWithoutBody, string.Create(CultureInfo.InvariantCulture,
            $"Okta answered HTTP {exception.StatusCode} without an error body of its own."));

    private static OktaErrorResult Create(int status, string code, string summary, string cause) =>
        new OktaErrorResult(status, Own(code, summary, cause), exception: null);

    private static RestError Own(string code, string summary, string? cause = null) => new()
    {
        ErrorCode = code,
        ErrorSummary = summary,
        ErrorLink = code,
        ErrorId = NewErrorId(),
        ErrorCauses = cause is null ? [] : [new RestErrorCause { ErrorSummary = cause }],
    };

    /// <summary>Okta's errorIds are opaque; ours are prefixed so that nobody asks Okta Support about them.</summary>
    private static string NewErrorId() => "osm" + Guid.NewGuid().ToString("N")[..20];
}
