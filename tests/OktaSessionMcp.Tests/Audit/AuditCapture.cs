using System.Collections.Concurrent;
using System.Globalization;
using OktaSessionMcp.Audit;

namespace OktaSessionMcp.Tests.Audit;

/// <summary>Keeps the structured values of every audit record, so tests can assert field by field.</summary>
public sealed class AuditCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _records = new();

    public IReadOnlyCollection<IReadOnlyDictionary<string, string>> Records => _records;

    public IReadOnlyDictionary<string, string> Of(string operation) =>
        Assert.Single(_records, r => r["Operation"] == operation);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName == AuditLog.Category ? _records : null);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<IReadOnlyDictionary<string, string>>? records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => records is not null;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (records is not null && state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                records.Enqueue(values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? ""));
            }
        }
    }
}
