namespace OktaSessionMcp.Okta;

/// <summary>
/// Attaches an <see cref="IOktaRetryObserver"/> to the Okta calls made below the caller in the same async flow,
/// without a parameter on every client method: the observer rides in an <see cref="AsyncLocal{T}"/>.
/// </summary>
public static class OktaRetryObservation
{
    private static readonly AsyncLocal<IOktaRetryObserver?> Current = new();

    /// <summary>
    /// Makes <paramref name="observer"/> hear the retries of the Okta calls that this async method, and what it
    /// awaits, makes until the returned scope is disposed. Call it in the method that makes (or awaits) the calls.
    /// </summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A scope that restores the previous observer when disposed.</returns>
    public static IDisposable Observe(IOktaRetryObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var scope = new Scope(Current.Value);
        Current.Value = observer;
        return scope;
    }

    internal static async ValueTask NotifyAsync(OktaRetryNotice notice, CancellationToken cancellationToken)
    {
        if (Current.Value is not { } observer)
        {
            return;
        }

        try
        {
            await observer.OnRetryAsync(notice, cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // An observer only watches: whatever goes wrong in it must not fail the call it watches.
        }
    }

    private sealed class Scope(IOktaRetryObserver? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
