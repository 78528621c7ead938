using System.Text.RegularExpressions;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Security;

/// <summary>
/// Middleware in front of the SDK's /mcp for what it does not refuse cleanly (issue 18): a duplicate key anywhere in the
/// message (the SDK answers 500, or takes the last tool argument while a client may show the person the first), text
/// that is not valid Unicode (-32603 and a stack trace), a tool or method name that cannot be one, a client name or
/// resource URI that no client has (the SDK writes them into its log lines whole, control characters included, up to
/// 1 MiB), no Content-Type, and initialize params the SDK cannot read (both a 500 with no body), or too large to keep for
/// a session's life. What passes is left to the SDK, the body rewound.
/// </summary>
internal sealed partial class McpBodyGuard(RequestDelegate next, RestListener rest, AuditLog audit)
{
    /// <summary>What an argument holding a lone UTF-16 surrogate is told, here and on stdio (StdioArgumentGuard).</summary>
    public const string NotUnicode = "holds text that is not valid Unicode (a lone UTF-16 surrogate).";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments(McpEndpoint.Path) || rest.Accepted(context))
        {
            await next(context);
            return;
        }

        var scan = await McpBody.ScanAsync(context);
        if (RefuseAsync(context, scan) is not { } refusal)
        {
            await next(context);
            return;
        }

        await refusal;
    }

    /// <returns>The answer to a request the SDK must not see, or null to let it through.</returns>
    private Task? RefuseAsync(HttpContext context, McpBodyScan.Result scan)
    {
        if (string.IsNullOrEmpty(context.Request.ContentType))
        {
            // The SDK answers another media type with 415, but a missing one with a 500 and no body.
            return GuardError.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType,
                "Unsupported Media Type: send the JSON-RPC message with Content-Type: application/json.", -32600);
        }

        if (context.Request.GetTypedHeaders().ContentType?.Charset is { Length: > 0 } charset
            && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            // JSON between systems is UTF-8 (RFC 8259); the SDK would transcode another charset that this never read.
            return Invalid(context, -32700, "Parse error: send the JSON-RPC message in UTF-8.");
        }

        if (scan.Problem == McpBodyScan.Problem.Malformed)
        {
            return Invalid(context, -32700, "Parse error: the body is not well-formed JSON in UTF-8 (or is nested deeper than 64 levels).");
        }

        if (scan.Problem == McpBodyScan.Problem.NotAnObject)
        {
            return Invalid(context, -32600, "Invalid Request: send one JSON-RPC message, a JSON object, per POST.");
        }

        var inArgument = scan.Problem != McpBodyScan.Problem.None && scan.Argument is not null && scan.Method == "tools/call";
        if (scan.Problem != McpBodyScan.Problem.None && !inArgument)
        {
            return Invalid(context, -32600, "Invalid Request: " + (scan.Problem == McpBodyScan.Problem.DuplicateKey
                ? "a key appears twice in one object of the message; send each key once."
                : "the message holds text that is not valid Unicode (a lone UTF-16 surrogate)."));
        }

        if (!IsPlausibleMethod(scan.Method))
        {
            return Invalid(context, -32600, "Invalid Request: a method name is 1 to 128 characters of A-Z, a-z, 0-9, '_', '-', '.' and '/'.");
        }

        if (scan.UnprintableClientInfo)
        {
            return Invalid(context, -32602, "Invalid params: clientInfo's texts are at most 256 characters, without control characters.");
        }

        if (scan.UnprintableUri)
        {
            return McpAnswers.ErrorAsync(context, scan.Id, -32602, "Invalid params: a resource URI is at most 2048 characters, without control characters.");
        }

        if (scan.InitializeProblem is { } initialize)
        {
            return McpAnswers.ErrorAsync(context, scan.Id, -32602, initialize);
        }

        if (inArgument)
        {
            Audit(context, scan, "error");
            return McpAnswers.ToolErrorAsync(context, scan.Id, $"Invalid argument: '{AuditNames.Printable(scan.Argument!)}' " +
                (scan.Problem == McpBodyScan.Problem.DuplicateKey
                    ? "is given twice, or holds a key twice; send each key once."
                    : NotUnicode) + " No request was sent to Okta.");
        }

        if (scan.Method == "tools/call" && scan.ToolName is { } name && !ToolName().IsMatch(name))
        {
            Audit(context, scan, "refused");
            return McpAnswers.ErrorAsync(context, scan.Id, -32602,
                "Unknown tool: a tool name is 1 to 128 characters of A-Z, a-z, 0-9, '_', '-' and '.'. Call tools/list for the names.");
        }

        return null;
    }

    private static Task Invalid(HttpContext context, int code, string message) =>
        GuardError.WriteAsync(context, StatusCodes.Status400BadRequest, message, code);

    // A tool call refused here never reaches the audit filter, so it is recorded here, under its capped name.
    private void Audit(HttpContext context, McpBodyScan.Result scan, string outcome) =>
        audit.Write(audit.Start(), "mcp", AuditNames.Printable(scan.ToolName ?? "unknown"), outcome, context.User,
            StatusCodes.Status200OK, okta: null, session: null);

    // The SDK writes an unknown method into its log lines whole: anything that cannot be a method never reaches it.
    private static bool IsPlausibleMethod(string? method) => method is null || MethodName().IsMatch(method);

    // The MCP specification's tool names (2025-11-25): 1 to 128 of these characters.
    [GeneratedRegex("^[A-Za-z0-9_.-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex ToolName();

    [GeneratedRegex("^[A-Za-z0-9_./-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex MethodName();
}
