using System.Text.Json.Serialization;

namespace OktaSessionMcp.Policy;

/// <summary>A refusal by the policy in Okta's Error shape (errorCode, errorSummary, errorLink, errorId, errorCauses).</summary>
internal sealed record PolicyRestError(
    [property: JsonPropertyName("errorCode")] string ErrorCode,
    [property: JsonPropertyName("errorSummary")] string ErrorSummary,
    [property: JsonPropertyName("errorLink")] string ErrorLink,
    [property: JsonPropertyName("errorId")] string ErrorId,
    [property: JsonPropertyName("errorCauses")] IReadOnlyList<PolicyRestErrorCause> ErrorCauses)
{
    /// <summary>Okta's code for an action the caller is not permitted to perform.</summary>
    public const string NotPermitted = "E0000006";

    public static PolicyRestError ReadOnly() => new(
        NotPermitted,
        "You do not have permission to perform the requested action",
        NotPermitted,
        // Prefixed like the adapter's own errorIds, so that nobody asks Okta Support about it.
        "osm" + Guid.NewGuid().ToString("N")[..20],
        [new("This server runs read-only (--read-only): it reads sessions but does not create, refresh or revoke them. Nothing was sent to Okta.")]);
}

/// <summary>One cause of a <see cref="PolicyRestError"/>.</summary>
internal sealed record PolicyRestErrorCause([property: JsonPropertyName("errorSummary")] string ErrorSummary);

/// <summary>Source-generated serialization of the policy's REST refusals.</summary>
[JsonSerializable(typeof(PolicyRestError))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext;
