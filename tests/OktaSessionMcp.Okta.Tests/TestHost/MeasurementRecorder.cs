using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using OktaSessionMcp.Okta.Telemetry;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// Records the Okta client's measurements from one container only: its Meter comes from that container's
/// IMeterFactory, so tests running in parallel never see each other's numbers.
/// </summary>
public sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener listener = new();

    public MeasurementRecorder(IMeterFactory scope)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == OktaTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var measurement = new Measurement(value, new Dictionary<string, object?>(tags.ToArray()));
            switch (instrument.Name)
            {
                case OktaTelemetry.Requests:
                    Requests.Enqueue(measurement);
                    break;
                case OktaTelemetry.Retries:
                    Retries.Enqueue(measurement);
                    break;
                case OktaTelemetry.RateLimitRemaining:
                    RateLimitRemaining = value;
                    break;
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == OktaTelemetry.RequestDuration)
            {
                Durations.Enqueue(value);
            }
        });
        listener.Start();
    }

    public ConcurrentQueue<Measurement> Requests { get; } = new();

    public ConcurrentQueue<Measurement> Retries { get; } = new();

    public ConcurrentQueue<double> Durations { get; } = new();

    public long? RateLimitRemaining { get; private set; }

    /// <summary>Reads the observable gauge now, as an exporter does on its schedule.</summary>
    public void Observe() => listener.RecordObservableInstruments();

    public void Dispose() => listener.Dispose();

    public sealed record Measurement(long Value, IReadOnlyDictionary<string, object?> Tags);
}
