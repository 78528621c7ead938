namespace OktaSessionMcp.Tests.Fleet;

/// <summary>A fact that needs redis-server: skipped, saying how to enable it, where there is none, except in CI.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisAvailability.ServerPath is null && !RedisAvailability.Required)
        {
            Skip = "redis-server is not installed: `apt-get install -y redis-server` (scripts/test does this when run as root, " +
                "as in CI, where these tests never skip), then run the tests again.";
        }
    }
}
