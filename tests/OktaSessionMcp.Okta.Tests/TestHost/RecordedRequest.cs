namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>What reached the wire (the primary handler), captured while the request is still alive.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    string RawPathAndQuery,
    string? Authorization,
    string Accept,
    string UserAgent,
    string? ContentType,
    long? ContentLength,
    string? Body)
{
    /// <summary>The DPoP proof header, if the request carried one.</summary>
    public string? DPoP { get; init; }

    public static async Task<RecordedRequest> CaptureAsync(HttpRequestMessage request) => new(
        request.Method,
        request.RequestUri!.GetComponents(UriComponents.PathAndQuery, UriFormat.UriEscaped),
        request.Headers.Authorization?.ToString(),
        request.Headers.Accept.ToString(),
        request.Headers.UserAgent.ToString(),
        request.Content?.Headers.ContentType?.ToString(),
        request.Content?.Headers.ContentLength,
        request.Content is null ? null : await request.Content.ReadAsStringAsync())
    {
        DPoP = request.Headers.TryGetValues("DPoP", out var proofs) ? string.Join(",", proofs) : null,
    };
}
