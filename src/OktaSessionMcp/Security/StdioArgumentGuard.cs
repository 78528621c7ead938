using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Security;

/// <summary>
/// stdio's one guard (HTTP's are in <see cref="McpBodyGuard"/>): a tool argument holding an escaped lone surrogate. The
/// SDK fails on it while it reads the call's params, before any call-tool filter runs, and answers -32603 "An error
/// occurred." with a stack trace in the log. Here the call ends as it does over HTTP: a tool error naming the argument,
/// an audit record, and nothing sent to Okta.
/// </summary>
internal static class StdioArgumentGuard
{
    public static McpMessageHandler Filter(McpMessageHandler next) => async (context, cancellationToken) =>
    {
        if (context.JsonRpcMessage is not JsonRpcRequest { Method: RequestMethods.ToolsCall, Params: JsonObject parameters } request
            || UnreadableArgument(parameters) is not { } argument)
        {
            await next(context, cancellationToken);
            return;
        }

        var tool = parameters.TryGetPropertyValue("name", out var name) && name is JsonValue value && value.TryGetValue(out string? text) ? text : "unknown";
        if (context.Services?.GetService<AuditLog>() is { } audit)
        {
            audit.Write(audit.Start(), "mcp", AuditNames.Printable(tool), "error", context.User, status: null, okta: null, session: null);
        }

        var result = ToolResults.InvalidArgument($"'{AuditNames.Printable(argument)}' {McpBodyGuard.NotUnicode}");
        await context.Server.SendMessageAsync(new JsonRpcResponse
        {
            Id = request.Id,
            Result = JsonSerializer.SerializeToNode(result, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(CallToolResult))),
        }, cancellationToken);
    };

    /// <returns>The top-level argument that holds text that is not Unicode, anywhere inside it; null when none does.</returns>
    private static string? UnreadableArgument(JsonObject parameters)
    {
        try
        {
            // Every "arguments", in any letter case: the SDK binds the key ignoring case.
            foreach (var (key, arguments) in parameters)
            {
                if (!key.Equals("arguments", StringComparison.OrdinalIgnoreCase) || arguments is not JsonObject members)
                {
                    continue;
                }

                foreach (var (name, member) in members)
                {
                    try
                    {
                        // The SDK fails by writing the params out to read them; writing the argument fails the same way.
                        _ = member?.ToJsonString();
                    }
                    catch (InvalidOperationException)
                    {
                        return name;
                    }
                }
            }

            return null;
        }
        catch (InvalidOperationException)
        {
            // An argument's name is not Unicode text: reading the names themselves fails.
            return "arguments";
        }
    }
}
