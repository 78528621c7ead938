using System.Text.Json;
using ModelContextProtocol;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Audit;

/// <summary>A call-tool filter: one audit record per tool call, on every transport (stdio callers are "local").</summary>
internal static class ToolCallAudit
{
    public static CallToolHandler Record(CallToolHandler next) => async (context, cancellationToken) =>
    {
        if (context.Services?.GetService<AuditLog>() is not { } audit)
        {
            return await next(context, cancellationToken);
        }

        var timer = audit.Start();
        var okta = new OktaCallRecord();
        using var observing = OktaCallObservation.Observe(okta);
        var session = AuditNames.Session(SessionIdArgument.Of(context.Params?.Arguments));
        var outcome = "error";
        try
        {
            var result = await next(context, cancellationToken);
            outcome = result.IsError == true ? "error" : "success";
            // A new session's id is known only from the result.
            session ??= AuditNames.Session(result.StructuredContent is { ValueKind: JsonValueKind.Object } content
                && content.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null);
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            throw;
        }
        catch (InputRequiredException)
        {
            // The 2026-07-28 confirmation round trip: the person is being asked, nothing failed.
            outcome = "input_required";
            throw;
        }
        catch (InsufficientScopeException)
        {
            outcome = "forbidden";
            throw;
        }
        catch (McpException)
        {
            outcome = "refused";
            throw;
        }
        finally
        {
            audit.Write(timer, "mcp", AuditNames.Printable(context.Params?.Name ?? "unknown"), outcome, context.User, status: null, okta, session);
        }
    };
}
