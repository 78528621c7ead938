using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>Keeps every log line, at every level, with its scopes and exception, so tests can search them for secrets.</summary>
public sealed class InMemoryLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    public string AllText => string.Join('\n', Lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(InMemoryLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = new List<string>();
            provider.scopes.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopeText);
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
                : string.Empty;
            provider.Lines.Enqueue($"{logLevel} {category} [{string.Join(" => ", scopeText)}] {formatter(state, exception)} {{{properties}}} {exception}");
        }
    }
}
