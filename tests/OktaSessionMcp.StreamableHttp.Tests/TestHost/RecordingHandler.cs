using System.Collections.Concurrent;
using OktaSessionMcp.StreamableHttp.Protocol;

namespace OktaSessionMcp.StreamableHttp.Tests.TestHost;

/// <summary>Records what an SDK client sends, and signals when its GET stream has been answered.</summary>
public sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    public ConcurrentQueue<(HttpMethod Method, string? SessionId, string? ProtocolVersion, int Status)> Requests { get; } = new();

    public TaskCompletionSource GetStreamOpened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        Requests.Enqueue((request.Method, Header(request, McpHeaders.SessionId), Header(request, McpHeaders.ProtocolVersion), (int)response.StatusCode));
        if (request.Method == HttpMethod.Get && response.IsSuccessStatusCode)
        {
            GetStreamOpened.TrySetResult();
        }

        return response;
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
