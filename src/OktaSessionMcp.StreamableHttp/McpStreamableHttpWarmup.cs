using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using OktaSessionMcp.StreamableHttp.Endpoint;
using OktaSessionMcp.StreamableHttp.Protocol;

namespace OktaSessionMcp.StreamableHttp;

/// <summary>Answers one <c>tools/list</c> in-process, so that the first client does not pay for the first request.</summary>
/// <remarks>
/// The first request through the endpoint builds the server options (the tool collection and its JSON schemas), the
/// first SDK server and its JSON metadata, and compiles all of that code: a large share of the time from process start
/// to the first answer (docs/benchmarks.md). A host that starts this while it maps endpoints and binds its ports does
/// that work on another core. The request is a stateless 2026-07-28 one, so it opens no session in either mode, and it
/// reaches no tool. Temporary like the rest of this project; <c>MapMcp()</c> has nothing like it.
/// </remarks>
public static class McpStreamableHttpWarmup
{
    private static readonly byte[] ToolsList = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
    {
        ["jsonrpc"] = "2.0",
        ["id"] = "warm-up",
        ["method"] = "tools/list",
        ["params"] = new JsonObject
        {
            ["_meta"] = new JsonObject
            {
                [MetaKeys.ProtocolVersion] = ProtocolVersions.PerRequestMetadata,
                [MetaKeys.ClientInfo] = new JsonObject { ["name"] = "warm-up", ["version"] = "1" },
                [MetaKeys.ClientCapabilities] = new JsonObject(),
            },
        },
    });

    /// <returns>Whether the endpoint answered 200.</returns>
    public static async Task<bool> WarmUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var handler = services.GetRequiredService<PostHandler>();
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        var request = context.Request;
        request.Method = HttpMethods.Post;
        request.ContentType = MediaTypes.Json;
        request.ContentLength = ToolsList.Length;
        request.Body = new MemoryStream(ToolsList, writable: false);
        request.Headers.Accept = $"{MediaTypes.Json}, {MediaTypes.EventStream}";
        request.Headers[McpHeaders.ProtocolVersion] = ProtocolVersions.PerRequestMetadata;
        request.Headers[McpHeaders.Method] = "tools/list";
        context.Response.Body = Stream.Null;

        await handler.HandleAsync(context);
        return context.Response.StatusCode == StatusCodes.Status200OK;
    }
}
