using System.Globalization;
using System.Text.Json;
using OktaSessionMcp.Okta.Json;
using OktaSessionMcp.Okta.OAuth;

namespace OktaSessionMcp.Okta.Http;

/// <summary>The one place where failures become <see cref="OktaApiException"/>, each with a short, secret-free message.</summary>
internal static class OktaFailures
{
    public static OktaApiException FromErrorStatus(OktaCall call, HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        var error = TryParseError(body);
        var rateLimited = status == 429;
        var resetsAt = rateLimited ? OktaResponseHeaders.RateLimitReset(response) : null;
        var code = error?.ErrorCode is { Length: > 0 } c ? $" ({c})" : string.Empty;
        var message = rateLimited
            ? $"Okta's rate limit for {call.Operation} is exhausted (HTTP 429){code}; "
              + (resetsAt is { } at ? $"it resets at {at.ToString("O", CultureInfo.InvariantCulture)}." : "retry later.")
            : $"Okta answered {call.Operation} with HTTP {status}{code}.";

        return new OktaApiException(rateLimited ? OktaFailureKind.RateLimited : OktaFailureKind.Api, call.Operation, message)
        {
            StatusCode = status,
            ErrorCode = error?.ErrorCode,
            ErrorSummary = call.Redact(error?.ErrorSummary),
            ErrorLink = error?.ErrorLink,
            ErrorId = error?.ErrorId,
            ErrorCauses = error?.ErrorCauses?.Select(cause => call.Redact(cause?.ErrorSummary)).OfType<string>().ToArray() ?? [],
            OktaRequestId = OktaResponseHeaders.RequestId(response),
            RateLimitResetsAt = resetsAt,
            MissingScope = status == 403 && OktaChallenge.Of(response) is { Error: "insufficient_scope" } challenge ? challenge.Scope ?? string.Empty : null,
            AuthScheme = response.RequestMessage?.Headers.Authorization?.Scheme,
        };
    }

    /// <summary>createSession without an API token: refused here, before anything is sent.</summary>
    public static OktaApiException NotConfigured(OktaCall call) => new(OktaFailureKind.NotConfigured, call.Operation,
        $"{call.Operation} needs an Okta API token (OKTA_API_KEY, sent as SSWS): Okta accepts no OAuth access token for it. Nothing was sent to Okta.");

    /// <summary>
    /// What an exception from the handlers means, or <see langword="null"/> to let it pass: the caller's own
    /// cancellation stays an OperationCanceledException, and bugs stay bugs.
    /// </summary>
    public static OktaApiException? FromException(OktaCall call, Exception exception, CancellationToken callerToken) => exception switch
    {
        OktaTimeoutException timeout => Timeout(call, timeout),
        OktaTokenException refused => TokenRefused(call, refused),
        OktaResponseTooLargeException tooLarge => TooLarge(call, tooLarge),
        HttpRequestException http => Transport(call, http),
        IOException io => Transport(call, io),
        // A cancellation nobody asked for (the caller's token is not cancelled) is a timeout further down.
        OperationCanceledException cancelled when !callerToken.IsCancellationRequested => Timeout(call, cancelled),
        _ => null,
    };

    public static OktaApiException InvalidResponse(OktaCall call, HttpResponseMessage response, string reason, Exception? inner = null) =>
        InvalidResponse(call, (int)response.StatusCode, OktaResponseHeaders.RequestId(response), reason, inner);

    private static OktaApiException TooLarge(OktaCall call, OktaResponseTooLargeException inner) =>
        InvalidResponse(call, inner.StatusCode, inner.OktaRequestId, $"the body exceeds {inner.MaxResponseBytes} bytes", inner);

    private static OktaApiException Timeout(OktaCall call, OktaTimeoutException inner) =>
        new(OktaFailureKind.Timeout, call.Operation, inner.Scope switch
        {
            OktaTimeoutScope.Queue => string.Create(CultureInfo.InvariantCulture,
                $"The call to Okta for {call.Operation} could not start within its time budget of {Seconds(inner.Timeout)} s: the cap of {inner.MaxConcurrentRequests} requests in flight to Okta at once was reached the whole time."),
            OktaTimeoutScope.Total => string.Create(CultureInfo.InvariantCulture,
                $"Okta did not answer {call.Operation} within the call's time budget of {Seconds(inner.Timeout)} s ({Attempts(inner.Attempts)})."),
            _ when inner.Attempts > 1 => string.Create(CultureInfo.InvariantCulture,
                $"Okta did not answer {call.Operation} within {Seconds(inner.Timeout)} s on any of {inner.Attempts} attempts."),
            _ => string.Create(CultureInfo.InvariantCulture, $"Okta did not answer {call.Operation} within {Seconds(inner.Timeout)} s."),
        }, inner);

    private static OktaApiException TokenRefused(OktaCall call, OktaTokenException inner) => inner.Error is null && inner.StatusCode < 300
        ? InvalidResponse(call, inner.StatusCode, inner.RequestId, $"the token endpoint's answer has {inner.Description}", inner)
        : new(OktaFailureKind.TokenRefused, call.Operation,
            $"Okta's token endpoint refused an access token for {call.Operation} (HTTP {inner.StatusCode}, {inner.Error ?? "no OAuth error"}).", inner)
        {
            StatusCode = inner.StatusCode,
            ErrorCode = inner.Error,
            ErrorSummary = inner.Description,
            OktaRequestId = inner.RequestId,
        };

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Attempts(int count) => count == 1 ? "1 attempt" : $"{count} attempts";

    private static OktaApiException Timeout(OktaCall call, OperationCanceledException inner) =>
        new(OktaFailureKind.Timeout, call.Operation, $"Okta did not answer {call.Operation} in time.", inner);

    private static OktaApiException Transport(OktaCall call, HttpRequestException inner) =>
        new(OktaFailureKind.Transport, call.Operation, $"Could not reach Okta for {call.Operation} ({inner.HttpRequestError}).", inner);

    private static OktaApiException Transport(OktaCall call, IOException inner) =>
        new(OktaFailureKind.Transport, call.Operation, $"The connection to Okta broke while reading its answer to {call.Operation}.", inner);

    private static OktaApiException InvalidResponse(OktaCall call, int status, string? requestId, string reason, Exception? inner) =>
        new(OktaFailureKind.InvalidResponse, call.Operation, $"Okta's answer to {call.Operation} (HTTP {status}) is unusable: {reason}.", inner)
        {
            StatusCode = status,
            OktaRequestId = requestId,
        };

    /// <summary>Error bodies are parsed if they can be: a proxy's HTML page or an empty body still yields the status.</summary>
    private static OktaErrorBody? TryParseError(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(OktaJson.WithoutBom(body), OktaJsonContext.Default.OktaErrorBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
