using System.Buffers;

namespace OktaSessionMcp.Security;

/// <summary>
/// An /mcp POST body, read and scanned once per request (<see cref="McpBodyScan"/>) for whichever needs it first: the
/// scope check, which must know the tool before the SDK runs (a missing scope is an HTTP 403), or <see cref="McpBodyGuard"/>.
/// The body is rewound for the SDK, which parses it once more into its own messages.
/// </summary>
internal static class McpBody
{
    public static async Task<McpBodyScan.Result?> ScanAsync(HttpContext context)
    {
        if (context.Features.Get<Scanned>() is { } scanned)
        {
            return scanned.Result;
        }

        // RequestBodyLimit, in front, caps what is read here (a longer chunked body throws, and it answers 413).
        var request = context.Request;
        request.EnableBuffering();
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), context.RequestAborted)) > 0)
            {
                buffer.Advance(read);
            }
        }
        finally
        {
            request.Body.Position = 0;
        }

        var result = McpBodyScan.Scan(buffer.WrittenSpan);
        context.Features.Set(new Scanned(result));
        return result;
    }

    private sealed record Scanned(McpBodyScan.Result? Result);
}
