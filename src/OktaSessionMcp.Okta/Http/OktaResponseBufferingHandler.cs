using System.Buffers;

namespace OktaSessionMcp.Okta.Http;

/// <summary>
/// Reads each response body completely, inside the attempt (so the attempt timeout also bounds a body that
/// trickles in) and with a bound that does not trust Content-Length.
/// </summary>
internal sealed class OktaResponseBufferingHandler(int maxResponseBytes) : DelegatingHandler
{
    private const int ChunkSize = 16 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            var body = await ReadBoundedAsync(response, cancellationToken);
            var buffered = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers.Where(h => h.Key != "Content-Length"))
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var content = response.Content;
        // A declared length over the bound fails fast; a missing or lying one is caught while reading.
        if (content.Headers.ContentLength > maxResponseBytes)
        {
            throw TooLarge(response);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxResponseBytes)
                {
                    throw TooLarge(response);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private OktaResponseTooLargeException TooLarge(HttpResponseMessage response) =>
        new(maxResponseBytes, (int)response.StatusCode, OktaResponseHeaders.RequestId(response));
}
