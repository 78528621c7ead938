using System.Text.Json;
using OktaSessionMcp.Okta.Json;

namespace OktaSessionMcp.Okta.Http;

/// <summary>Turns a successful answer into an <see cref="OktaSession"/>, or an InvalidResponse failure.</summary>
internal static class OktaSessionReader
{
    public static OktaSession Read(OktaCall call, HttpResponseMessage response, byte[] body)
    {
        if (!OktaJson.IsJson(response.Content.Headers.ContentType))
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "none";
            throw OktaFailures.InvalidResponse(call, response, $"its Content-Type is {mediaType}, not JSON");
        }

        OktaSession? session;
        try
        {
            session = JsonSerializer.Deserialize(OktaJson.WithoutBom(body), OktaJsonContext.Default.OktaSession);
        }
        catch (JsonException exception)
        {
            throw OktaFailures.InvalidResponse(call, response, "the body is not a JSON Session object", exception);
        }

        // Every field is optional for tolerance, but a Session without its id cannot be used for anything.
        return session is { Id.Length: > 0 }
            ? session
            : throw OktaFailures.InvalidResponse(call, response, "the Session has no id");
    }
}
