using OktaSessionMcp.Okta;
using OktaSessionMcp.Progress;

namespace OktaSessionMcp.Tests.Resilience;

/// <summary>What a waiting agent reads in each progress notification.</summary>
public sealed class McpRetryProgressTests
{
    [Theory]
    [InlineData(OktaRetryReason.RateLimited, 429, true, "Okta's rate limit is spent until 2026-03-04T05:06:07Z; waiting 6 s, then retry 1 of 2.")]
    [InlineData(OktaRetryReason.RateLimited, 429, false, "Okta's rate limit is spent; waiting 6 s, then retry 1 of 2.")]
    [InlineData(OktaRetryReason.Transient, 503, false, "Okta answered HTTP 503; waiting 6 s, then retry 1 of 2.")]
    [InlineData(OktaRetryReason.Transient, null, false, "Okta did not answer; waiting 6 s, then retry 1 of 2.")]
    public void Describe_Notice_SaysWhyAndHowLong(OktaRetryReason reason, int? status, bool withReset, string expected)
    {
        var notice = new OktaRetryNotice(OktaOperations.GetSession, reason, 1, 2, TimeSpan.FromSeconds(6), status,
            withReset ? new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero) : null);

        Assert.Equal(expected, McpRetryProgress.Describe(notice));
    }
}
