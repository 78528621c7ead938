namespace OktaSessionMcp.StreamableHttp.Sessions;

/// <summary>
/// Counts the requests using a session and when it was last used. A session is idle, and may be
/// reaped, only while no request holds a lease; once closing, no new lease is handed out, so a
/// request can never start on a session the reaper has chosen.
/// </summary>
internal sealed class SessionActivity(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _activeRequests;
    private bool _closing;
    private DateTimeOffset _lastActivity = clock.GetUtcNow();

    public DateTimeOffset LastActivity
    {
        get
        {
            lock (_gate)
            {
                return _lastActivity;
            }
        }
    }

    public bool IsIdle
    {
        get
        {
            lock (_gate)
            {
                return _activeRequests == 0 && !_closing;
            }
        }
    }

    /// <returns>A lease to dispose when the request ends, or <see langword="null"/> if the session is closing.</returns>
    public IDisposable? TryAcquire()
    {
        lock (_gate)
        {
            if (_closing)
            {
                return null;
            }

            _activeRequests++;
            _lastActivity = clock.GetUtcNow();
            return new Lease(this);
        }
    }

    /// <summary>Marks the session closing if no request is using it.</summary>
    public bool TryCloseIfIdle()
    {
        lock (_gate)
        {
            if (_activeRequests > 0 || _closing)
            {
                return false;
            }

            _closing = true;
            return true;
        }
    }

    /// <summary>Marks the session closing whether or not it is in use.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closing = true;
        }
    }

    private void Release()
    {
        lock (_gate)
        {
            _activeRequests--;
            _lastActivity = clock.GetUtcNow();
        }
    }

    private sealed class Lease(SessionActivity activity) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                activity.Release();
            }
        }
    }
}
