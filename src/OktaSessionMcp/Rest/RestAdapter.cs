namespace OktaSessionMcp.Rest;

/// <summary>
/// The REST adapter: the seed capability's four session operations on their own port, over the same Okta client as the
/// tools, with its own OpenAPI document. It shares nothing else with the tools.
/// </summary>
public static class RestAdapter
{
    /// <summary>Registers the listener (always, so that callers can ask whether it is on) and, when on, the OpenAPI document.</summary>
    public static IServiceCollection AddRestAdapter(this IServiceCollection services, RestListener listener, bool enabled)
    {
        services.AddSingleton(listener);
        return enabled ? services.AddRestOpenApi() : services;
    }

    /// <summary>Maps the operations and /openapi/v1.json, and keeps them on the REST port and everything else off it.</summary>
    public static WebApplication MapRestAdapter(this WebApplication app, bool enabled)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<RestPortRouting>();
        if (enabled)
        {
            app.MapRestEndpoints();
            app.MapOpenApi(RestOpenApi.DocumentPath).WithMetadata(RestEndpointMetadata.Instance);
        }

        return app;
    }
}
