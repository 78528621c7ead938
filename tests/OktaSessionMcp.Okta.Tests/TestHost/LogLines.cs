using Microsoft.Extensions.Logging.Testing;

namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// FakeLogCollector's records as text, for searches for secrets: each line holds everything a log sink could write
/// (level, category, scopes, message, structured values, exception). Every test project compiles this one file.
/// </summary>
public static class LogLines
{
    extension(FakeLogCollector logs)
    {
        public IReadOnlyList<string> Lines => [.. logs.GetSnapshot().Select(Line)];

        public string AllText => string.Join('\n', logs.Lines);
    }

    private static string Line(FakeLogRecord record) =>
        $"{record.Level} {record.Category} [{string.Join(" => ", record.Scopes)}] {record.Message} " +
        $"{{{string.Join(", ", record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [])}}} {record.Exception}";
}
