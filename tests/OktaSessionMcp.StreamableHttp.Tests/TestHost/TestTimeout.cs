namespace OktaSessionMcp.StreamableHttp.Tests.TestHost;

/// <summary>
/// How long to await something that should already be under way. Not an assertion about speed: a
/// guard so that a broken server fails the test instead of hanging the run.
/// </summary>
public static class TestTimeout
{
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(4);
}
