namespace OktaSessionMcp.Tests.Fleet;

/// <summary>Where redis-server is. scripts/test installs it when missing (as root, as in CI), so CI always has it.</summary>
internal static class RedisAvailability
{
    private static readonly Lazy<string?> Found = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin").Append("/usr/sbin")
            .Select(directory => Path.Combine(directory, "redis-server"))
            .FirstOrDefault(File.Exists));

    public static string? ServerPath => Found.Value;

    /// <summary>In CI a missing redis-server fails the Redis tests instead of skipping them.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("FLEET_TESTS_REQUIRED") == "1";
}
