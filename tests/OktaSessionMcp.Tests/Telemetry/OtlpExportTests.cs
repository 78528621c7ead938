using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using OktaSessionMcp.Telemetry;
using OktaSessionMcp.Tests.Infrastructure;
using OktaSessionMcp.Tools;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace OktaSessionMcp.Tests.Telemetry;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set, real spans and metrics are exported (here into memory, beside the OTLP
/// exporter): one trace runs from the HTTP request through the MCP SDK and the tool down to the call to Okta, and no
/// exported name, attribute, event or status anywhere holds a session id, a session token or the API token.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class OtlpExportTests
{
    private const string ApiToken = "00otlp-test-api-token-not-a-real-one";

    [Fact]
    public async Task ToolCallsAndRestCalls_ExportOneTraceToOktaAndNoSecret()
    {
        // ActivitySources are global: this test runs alone (RunsAlone), so that only its own hosts' spans are
        // exported here, and the exporter's threads may still add while the test reads.
        var exportedSpans = new SynchronizedCollection<Activity>();
        var metrics = new List<Metric>();
        await using var server = await RunningServer.StartAsync(
            new Dictionary<string, string?> { [TelemetrySetup.EndpointVariable] = "http://127.0.0.1:9" },
            configure: builder =>
            {
                builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exportedSpans));
                builder.Services.ConfigureOpenTelemetryMeterProvider(meter => meter.AddInMemoryExporter(metrics));
            },
            simulatorOptions: new OktaSessionMcp.Simulator.SimulatorOptions { ApiKey = ApiToken });
        await using var client = await server.ConnectAsync();
        var sessionToken = server.SimulatorClient.MintSessionToken();

        var created = await client.CallToolAsync(CreateSessionTool.Name, new Dictionary<string, object?> { ["body"] = new { sessionToken } });
        var sessionId = created.StructuredContent!.Value.GetProperty("id").GetString()!;
        await client.CallToolAsync(GetSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        await client.CallToolAsync(RefreshSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        using (var rest = new HttpClient { BaseAddress = server.RestUrl })
        {
            using var response = await rest.GetAsync($"v1/api/v1/sessions/{sessionId}?token={sessionToken}");
        }

        await client.CallToolAsync(CloseSessionTool.Name, new Dictionary<string, object?> { ["sessionId"] = sessionId });
        // The OTLP exporter beside the in-memory one has no collector to reach, so the flush reports a failure: not ours.
        server.App.Services.GetRequiredService<TracerProvider>().ForceFlush(5_000);
        server.App.Services.GetRequiredService<MeterProvider>().ForceFlush(5_000);

        var spans = exportedSpans.ToArray();
        // One server span per call, the SDK's (the test's own client adds a client span of the same name).
        var toolSpan = Assert.Single(spans, span => span.DisplayName == $"tools/call {GetSessionTool.Name}" && span.Kind == ActivityKind.Server);
        Assert.Equal(TelemetrySetup.McpSdkSource, toolSpan.Source.Name);
        Assert.Contains(spans, span => span.TraceId == toolSpan.TraceId && span.Source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(spans, span => span.TraceId == toolSpan.TraceId && span.Kind == ActivityKind.Client && span.Source.Name == "System.Net.Http");
        Assert.Contains(metrics, metric => metric.MeterName == ServerTelemetry.Name);
        Assert.Contains(metrics, metric => metric.MeterName == TelemetrySetup.McpSdkSource);

        var exported = string.Join('\n', spans.SelectMany(Texts).Concat(metrics.SelectMany(Texts)));
        Assert.Contains("/sessions/{sessionId}", exported, StringComparison.Ordinal);
        foreach (var secret in new[] { sessionId, sessionToken, ApiToken })
        {
            var leaking = spans.Where(span => Texts(span).Any(text => text.Contains(secret, StringComparison.Ordinal)))
                .Select(span => $"{span.Source.Name} {span.Kind} {span.DisplayName}: {string.Join(", ", Texts(span))}");
            Assert.True(!exported.Contains(secret, StringComparison.Ordinal), string.Join('\n', leaking));
        }
    }

    private static IEnumerable<string> Texts(Activity span) =>
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
            .Concat(span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}")))
            .Concat(span.Baggage.Select(item => $"{item.Key}={item.Value}"));

    private static List<string> Texts(Metric metric)
    {
        var texts = new List<string> { $"{metric.MeterName} {metric.Name}" };
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                texts.Add($"{tag.Key}={tag.Value}");
            }
        }

        return texts;
    }

    /// <summary>A list the exporter may add to from other threads while the test reads it.</summary>
    private sealed class SynchronizedCollection<T> : ICollection<T>
    {
        private readonly List<T> _items = [];
        private readonly Lock _lock = new();

        public int Count { get { lock (_lock) { return _items.Count; } } }

        public bool IsReadOnly => false;

        public void Add(T item) { lock (_lock) { _items.Add(item); } }

        public void Clear() { lock (_lock) { _items.Clear(); } }

        public bool Contains(T item) { lock (_lock) { return _items.Contains(item); } }

        public void CopyTo(T[] array, int arrayIndex) { lock (_lock) { _items.CopyTo(array, arrayIndex); } }

        public bool Remove(T item) { lock (_lock) { return _items.Remove(item); } }

        public T[] ToArray() { lock (_lock) { return [.. _items]; } }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
