using ModelContextProtocol.Server;

namespace OktaSessionMcp.StreamableHttp.Sessions;

/// <summary>
/// One SDK server and its transport. A stateless request gets one for the length of the request; a
/// stateful session keeps one across requests, tracks their use, and allows one GET stream.
/// </summary>
internal sealed class ServerSession(string id, StreamableHttpServerTransport transport, McpServer server, SessionUser? user, TimeProvider clock)
    : IAsyncDisposable
{
    private readonly CancellationTokenSource _closed = new();
    private readonly SessionActivity _activity = new(clock);
    private Task _run = Task.CompletedTask;
    private int _getStreamStarted;
    private int _disposed;

    public string Id => id;

    /// <summary>A prefix of <see cref="Id"/> for logs: a whole id in a log would let its reader take over the session.</summary>
    public string LogId { get; } = id.Length > 6 ? id[..6] + "…" : id;

    public StreamableHttpServerTransport Transport => transport;

    public McpServer Server => server;

    /// <summary>Cancelled when the session is disposed.</summary>
    public CancellationToken Closed => _closed.Token;

    public DateTimeOffset LastActivity => _activity.LastActivity;

    public bool IsIdle => _activity.IsIdle;

    /// <summary>Starts the server's message loop; it ends when the session is disposed.</summary>
    public void Start()
    {
        // The loop outlives the request that created the session, so it must not capture that
        // request's execution context (HttpContext, activity, culture).
        using (ExecutionContext.SuppressFlow())
        {
            _run = Task.Run(() => server.RunAsync(_closed.Token));
        }
    }

    /// <inheritdoc cref="SessionActivity.TryAcquire"/>
    public IDisposable? TryAcquire() => _activity.TryAcquire();

    /// <inheritdoc cref="SessionActivity.TryCloseIfIdle"/>
    public bool TryCloseIfIdle() => _activity.TryCloseIfIdle();

    /// <summary>The SDK transport serves one GET per session, ever: a second would throw inside it.</summary>
    public bool TryStartGetStream() => Interlocked.Exchange(ref _getStreamStarted, 1) == 0;

    public bool BelongsTo(SessionUser? caller) => user == caller;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _activity.Close();
        try
        {
            // Transport first: completing its reader lets the loop end quietly instead of by cancellation.
            await transport.DisposeAsync();
            await _closed.CancelAsync();
            await _run;
        }
        catch (OperationCanceledException)
        {
            // The loop was stopped by our own cancellation.
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
