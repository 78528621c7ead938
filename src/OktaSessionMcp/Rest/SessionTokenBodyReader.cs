using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace OktaSessionMcp.Rest;

/// <summary>
/// Reads createSession's body by hand rather than by parameter binding, so that every refusal is Okta-shaped (binding
/// answers a bare 400) and a missing token is told apart from JSON that is not well-formed.
/// </summary>
internal static class SessionTokenBodyReader
{
    // A session token is at most 2048 characters; a body far larger than that is not a createSession request.
    private const long MaxBodyBytes = 16 * 1024;

    public static async Task<(string? SessionToken, IResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, RestErrors.MalformedBody(StatusCodes.Status415UnsupportedMediaType, "Send the body as application/json."));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return TokenOf(body.RootElement) is { } token && OktaIdentifiers.IsValidSessionToken(token)
                ? (token, null)
                : (null, RestErrors.InvalidSessionToken());
        }
        catch (JsonException)
        {
            return (null, RestErrors.MalformedBody(StatusCodes.Status400BadRequest, "The body must be a JSON object such as {\"sessionToken\": \"...\"}."));
        }
        catch (BadHttpRequestException exception)
        {
            return (null, RestErrors.MalformedBody(exception.StatusCode, $"The body must be a JSON object of at most {MaxBodyBytes} bytes."));
        }
    }

    private static string? TokenOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("sessionToken", out var token)
            || token.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return token.GetString();
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON but cannot become a .NET string.
            return null;
        }
    }
}
