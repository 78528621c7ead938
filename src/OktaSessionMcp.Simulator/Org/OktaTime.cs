using System.Globalization;

namespace OktaSessionMcp.Simulator.Org;

/// <summary>Okta writes instants as ISO-8601 UTC with milliseconds, e.g. <c>2026-11-22T10:00:00.000Z</c>.</summary>
internal static class OktaTime
{
    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
