using System.ComponentModel;
using System.Text.Json.Serialization;

namespace OktaSessionMcp.Rest;

/// <summary>One of an error's causes, as Okta writes them.</summary>
[Description("One cause of an error.")]
internal sealed class RestErrorCause
{
    [JsonPropertyName("errorSummary")]
    [Description("The cause, in words.")]
    public required string ErrorSummary { get; init; }
}
