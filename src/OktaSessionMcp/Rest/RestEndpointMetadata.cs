namespace OktaSessionMcp.Rest;

/// <summary>Marks the endpoints of the REST adapter: they answer on its port only, and only they are described in its OpenAPI document.</summary>
internal sealed class RestEndpointMetadata
{
    public static RestEndpointMetadata Instance { get; } = new();
}
