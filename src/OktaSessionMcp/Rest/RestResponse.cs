using Microsoft.AspNetCore.Http.Metadata;

namespace OktaSessionMcp.Rest;

/// <summary>
/// One documented response of an operation: its status, its body's type (<see langword="void"/> for none) and what it
/// means. ApiExplorer takes the status and type; <see cref="RestOperationTransformer"/> writes the description.
/// </summary>
internal sealed record RestResponse(int StatusCode, Type Type, string Description) : IProducesResponseTypeMetadata
{
    private static readonly string[] Json = ["application/json"];

    public IEnumerable<string> ContentTypes => Type == typeof(void) ? [] : Json;

    public static RestResponse NoContent(string description) => new(StatusCodes.Status204NoContent, typeof(void), description);

    public static RestResponse Session(string description) => new(StatusCodes.Status200OK, typeof(OktaSession), description);

    public static RestResponse Error(int statusCode, string description) => new(statusCode, typeof(RestError), description);

    /// <summary>The failures every operation shares; each adds its own 400, 401 and 404.</summary>
    public static IEnumerable<RestResponse> CommonErrors() =>
    [
        Error(StatusCodes.Status403Forbidden, "The server's API token lacks the permission for this (E0000006)."),
        Error(StatusCodes.Status429TooManyRequests, "Okta's rate limit is spent (E0000047); X-Rate-Limit-Reset says when it resets."),
        Error(StatusCodes.Status502BadGateway, "Okta could not be reached (OSM00001) or its answer could not be read (OSM00003)."),
        Error(StatusCodes.Status504GatewayTimeout, "Okta did not answer in time (OSM00002); the outcome of a change is unknown."),
    ];
}
