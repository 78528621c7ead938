using Microsoft.AspNetCore.Http.Features;

namespace OktaSessionMcp.Security;

/// <summary>
/// Middleware: no request body over 1 MiB, on every endpoint, before authentication reads a byte of it. Ours because
/// Kestrel's own limit answers a too-large body with an empty 413 (or, once a handler has begun, a reset connection);
/// this one says why: in Okta's error shape on the REST port (as its OpenAPI document promises), else in the JSON-RPC
/// error shape of the other guards.
/// </summary>
internal sealed class RequestBodyLimit(RequestDelegate next)
{
    public const long MaxBytes = 1024 * 1024;

    private const string Message = "Payload Too Large: request bodies are limited to 1 MiB.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBytes)
        {
            await RefuseAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            // A chunked body that grew past the limit while a handler read it.
            context.Response.Clear();
            await RefuseAsync(context);
        }
    }

    private static Task RefuseAsync(HttpContext context) => GuardError.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, Message);
}
