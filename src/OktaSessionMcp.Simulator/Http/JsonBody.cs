using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OktaSessionMcp.Simulator.Http;

/// <summary>Reads a JSON body ourselves, so that a bad one gets Okta's 400 instead of ASP.NET Core's bare one.</summary>
internal static class JsonBody
{
    /// <summary>The body, or null when it is empty, not JSON, JSON null or of the wrong shape.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, typeInfo, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
