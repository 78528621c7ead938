namespace OktaSessionMcp.Okta;

/// <summary>Okta's response body exceeded <see cref="OktaClientOptions.MaxResponseBytes"/>.</summary>
internal sealed class OktaResponseTooLargeException(int maxResponseBytes, int statusCode, string? oktaRequestId)
    : Exception($"The response body exceeds {maxResponseBytes} bytes.")
{
    public int MaxResponseBytes { get; } = maxResponseBytes;

    public int StatusCode { get; } = statusCode;

    public string? OktaRequestId { get; } = oktaRequestId;
}
