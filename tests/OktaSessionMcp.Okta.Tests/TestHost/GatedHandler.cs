using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// A primary handler that holds every request until the test opens the gate, deaf to cancellation like a request
/// already on the wire, and counts how many are in flight at once.
/// </summary>
public sealed class GatedHandler : HttpMessageHandler
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock sync = new();
    private readonly List<TaskCompletionSource> arrivalWaiters = [];
    private int inFlight;

    public int Arrived { get; private set; }

    public int MaxInFlight { get; private set; }

    /// <summary>The client as the product registers it, with this handler in place of the network.</summary>
    public ServiceProvider BuildServices(Action<OktaClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOktaSessionClient(options =>
            {
                (options.OrgUrl, options.ApiToken) = (new Uri(OktaTestHost.OrgUrl), OktaTestHost.ApiToken);
                configure(options);
            })
            .ConfigurePrimaryHttpMessageHandler(() => this);
        return services.BuildServiceProvider();
    }

    public void Open() => gate.TrySetResult();

    /// <summary>Completes once <paramref name="count"/> requests have reached the handler.</summary>
    public Task ArrivedAsync(int count)
    {
        lock (sync)
        {
            if (Arrived >= count)
            {
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(count, TaskCreationOptions.RunContinuationsAsynchronously);
            arrivalWaiters.Add(waiter);
            // A liveness guard: a broken test fails instead of hanging.
            return waiter.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        List<TaskCompletionSource> ready;
        lock (sync)
        {
            Arrived++;
            inFlight++;
            MaxInFlight = Math.Max(MaxInFlight, inFlight);
            ready = [.. arrivalWaiters.Where(w => (int)w.Task.AsyncState! <= Arrived)];
            arrivalWaiters.RemoveAll(ready.Contains);
        }

        ready.ForEach(waiter => waiter.SetResult());
        await gate.Task;
        lock (sync)
        {
            inFlight--;
        }

        return OktaResponses.Session();
    }
}
