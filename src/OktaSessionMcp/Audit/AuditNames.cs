using System.Text;

namespace OktaSessionMcp.Audit;

/// <summary>How the audit trail names things: never a path (REST paths hold session ids), never raw caller input.</summary>
internal static class AuditNames
{
    private const int MaxLength = 128;

    /// <summary>The endpoint's name (REST operationId) or display name, both fixed at start-up; never the request path.</summary>
    public static string Operation(HttpContext context) => context.GetEndpoint() switch
    {
        { } endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.DisplayName ?? "unnamed endpoint",
        null => "no endpoint",
    };

    /// <summary>A session id's fingerprint; an argument that cannot be a session id is not fingerprinted but named invalid.</summary>
    public static string? Session(string? sessionId) => sessionId switch
    {
        null => null,
        _ when OktaIdentifiers.IsValidSessionId(sessionId) => OktaIdentifiers.Fingerprint(sessionId),
        _ => "invalid",
    };

    /// <summary>Caller input and claims are someone else's words: no control character may forge a log line, no value flood one.</summary>
    public static string Printable(string value)
    {
        var text = new StringBuilder(Math.Min(value.Length, MaxLength));
        foreach (var c in value.Take(MaxLength))
        {
            text.Append(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' ? '?' : c);
        }

        return value.Length > MaxLength ? text.Append('…').ToString() : text.ToString();
    }
}
