using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Tests.Infrastructure;

namespace OktaSessionMcp.Tests.Audit;

/// <summary>The audit category's records only, by field, so tests can assert field by field.</summary>
public sealed class AuditCapture
{
    private readonly FakeLogCollector _collector = new(Options.Create(new FakeLogCollectorOptions { FilteredCategories = { AuditLog.Category } }));

    public AuditCapture() => Provider = new FakeLoggerProvider(_collector);

    /// <summary>Add this to the host's logging.</summary>
    public FakeLoggerProvider Provider { get; }

    /// <summary>Starts a server (see <see cref="RunningServer.StartAsync"/>) whose audit records this capture receives.</summary>
    public Task<RunningServer> StartServerAsync(IDictionary<string, string?>? settings = null) =>
        RunningServer.StartAsync(settings, configure: builder => builder.Logging.AddProvider(Provider));

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records =>
        [.. _collector.GetSnapshot().Select(r => (r.StructuredState ?? []).ToDictionary(v => v.Key, v => v.Value ?? ""))];

    public IReadOnlyDictionary<string, string> Of(string operation) =>
        Assert.Single(Records, r => r["Operation"] == operation);
}
