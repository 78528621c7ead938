using System.Net.Http.Headers;

namespace OktaSessionMcp.Okta.Json;

/// <summary>Small helpers for reading Okta's JSON bodies.</summary>
internal static class OktaJson
{
    public static bool IsJson(MediaTypeHeaderValue? contentType) =>
        contentType?.MediaType is { } mediaType
        && (mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>System.Text.Json rejects a UTF-8 byte order mark in a span; some proxies add one.</summary>
    public static ReadOnlySpan<byte> WithoutBom(byte[] body) =>
        body.AsSpan().StartsWith("\uFEFF"u8) ? body.AsSpan(3) : body;
}
