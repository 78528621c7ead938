namespace OktaSessionMcp.Okta;

/// <summary>
/// Attaches an <see cref="IOktaCallObserver"/> to the Okta calls made below the caller in the same async flow. Scopes
/// nest: every observer whose scope is open hears every call (an audit around the call and a progress reporter
/// inside it, say).
/// </summary>
/// <remarks>
/// The observers ride in an <see cref="AsyncLocal{T}"/>, the only one in the product: a parameter on every client
/// method would put the host's concerns into each tool's call, and <c>HttpContext.Items</c> does not exist on stdio
/// nor below the client factory's handlers.
/// </remarks>
public static class OktaCallObservation
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>
    /// Makes <paramref name="observer"/> hear the Okta calls that this async method, and what it awaits, makes until
    /// the returned scope is disposed. Call it in the method that makes (or awaits) the calls.
    /// </summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A scope that restores the observers before it when disposed.</returns>
    public static IDisposable Observe(IOktaCallObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var scope = new Scope(observer, Current.Value);
        Current.Value = scope;
        return scope;
    }

    internal static async ValueTask RetryingAsync(OktaRetryNotice notice, CancellationToken cancellationToken)
    {
        for (var scope = Current.Value; scope is not null; scope = scope.Outer)
        {
            try
            {
                await scope.Observer.OnRetryAsync(notice, cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // An observer only watches: whatever goes wrong in it must not fail the call it watches.
            }
        }
    }

    internal static void Answered(OktaAnswer answer)
    {
        for (var scope = Current.Value; scope is not null; scope = scope.Outer)
        {
            try
            {
                scope.Observer.OnAnswer(answer);
            }
            catch (Exception)
            {
                // As above: the answer is the caller's whatever an observer does with it.
            }
        }
    }

    private sealed class Scope(IOktaCallObserver observer, Scope? outer) : IDisposable
    {
        public IOktaCallObserver Observer => observer;

        public Scope? Outer => outer;

        public void Dispose() => Current.Value = outer;
    }
}
