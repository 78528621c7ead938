namespace OktaSessionMcp.Security;

/// <summary>
/// An /mcp POST body, read and scanned once per request (<see cref="McpBodyScan"/>) for whichever needs it first: the
/// scope check, which must know the tool before the SDK runs (a missing scope is an HTTP 403), or <see cref="McpBodyGuard"/>.
/// The SDK then reads the same bytes from memory (the request's body is replaced by them), and parses them once more
/// into its own messages.
/// </summary>
internal static class McpBody
{
    public static async Task<McpBodyScan.Result> ScanAsync(HttpContext context)
    {
        if (context.Features.Get<Scanned>() is { } scanned)
        {
            return scanned.Result;
        }

        // RequestBodyLimit, in front, caps what is read here (a longer chunked body throws, and it answers 413).
        var request = context.Request;
        var body = new MemoryStream(request.ContentLength is > 0 and <= RequestBodyLimit.MaxBytes ? (int)request.ContentLength : 4096);
        await request.Body.CopyToAsync(body, context.RequestAborted);
        body.Position = 0;
        request.Body = body;
        var result = McpBodyScan.Scan(body.GetBuffer().AsSpan(0, (int)body.Length));
        context.Features.Set(new Scanned(result));
        return result;
    }

    private sealed record Scanned(McpBodyScan.Result Result);
}
