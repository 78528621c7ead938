using OktaSessionMcp.Audit;
using OktaSessionMcp.Rest;
using OktaSessionMcp.Security;

namespace OktaSessionMcp.Auth;

/// <summary>
/// The scope a request needs, and what the audit trail calls it. REST: GET reads, anything else manages. MCP: a
/// tools/call needs its tool's scope (<see cref="ToolScopes"/>); tools/list, initialize, ping and the rest need the read
/// scope.
/// </summary>
internal sealed class RequiredAccess(AuthSettings settings, RestListener rest, IOptions<McpServerOptions> mcp)
{
    public sealed record Access(string Scope, string Operation);

    public async Task<Access> ForAsync(HttpContext context)
    {
        var request = context.Request;
        var operation = AuditNames.Operation(context);
        if (rest.Accepted(context))
        {
            return new(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) ? settings.ReadScope : settings.ManageScope, operation);
        }

        if (!HttpMethods.IsPost(request.Method) || context.GetEndpoint() is null)
        {
            return new(settings.ReadScope, operation);
        }

        var message = await McpBody.ScanAsync(context);
        if (message.Problem != McpBodyScan.Problem.None)
        {
            // What cannot be read surely gets the strictest scope (McpBodyGuard refuses it next): parsers may disagree
            // on which of two keys counts, and a body this cannot read must not pass as a read.
            return new(settings.ManageScope, AuditNames.Printable(message.Method ?? operation));
        }

        return message.Method == RequestMethods.ToolsCall
            ? new(ToolScopes.Required(mcp.Value.ToolCollection, message.ToolName, settings), AuditNames.Printable(message.ToolName ?? "unknown"))
            : new(settings.ReadScope, AuditNames.Printable(message.Method ?? operation));
    }
}
