using System.ComponentModel;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Rest;

/// <summary>Okta's Error object: the body of every error the REST adapter answers, Okta's own or ours.</summary>
[Description("An error, in Okta's shape. Okta's own errors pass through (errorCode E0000xxx), but a session id that Okta " +
    "echoes in a summary becomes a short fingerprint; errors of the adapter itself carry an OSM000xx errorCode (see the " +
    "API description).")]
internal sealed class RestError
{
    [JsonPropertyName("errorCode")]
    [Description("Okta's error code, e.g. E0000007 (not found), or the adapter's own OSM000xx code.")]
    public required string ErrorCode { get; init; }

    [JsonPropertyName("errorSummary")]
    [Description("What went wrong, in words.")]
    public required string ErrorSummary { get; init; }

    [JsonPropertyName("errorLink")]
    [Description("Okta's link for the error; Okta sets it to the errorCode.")]
    public required string ErrorLink { get; init; }

    [JsonPropertyName("errorId")]
    [Description("Identifies this occurrence; Okta Support can trace Okta's own errorIds.")]
    public required string ErrorId { get; init; }

    [JsonPropertyName("errorCauses")]
    [Description("Details, e.g. which field failed validation.")]
    public required IReadOnlyList<RestErrorCause> ErrorCauses { get; init; }
}
