using System.Threading.RateLimiting;
using OktaSessionMcp.Audit;
using OktaSessionMcp.Rest;

namespace OktaSessionMcp.Auth;

/// <summary>
/// A per-caller request limit with ASP.NET Core's rate limiter: a fixed window per authenticated caller, or per remote
/// address for requests that are not (yet) authenticated, so failed logins are limited too. 429 with Retry-After.
/// </summary>
internal static class InboundRateLimiting
{
    public static IServiceCollection AddInboundRateLimiting(this IServiceCollection services, AuthSettings settings) =>
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                InboundSecurityExemptions.IsExempt(context)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetFixedWindowLimiter(CallerPrincipal.PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.RateLimit,
                        Window = settings.RateLimitWindow,
                        QueueLimit = 0,
                    }));
            options.OnRejected = (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var services = context.RequestServices;
                var audit = services.GetRequiredService<AuditLog>();
                audit.Write(audit.Start(), services.GetRequiredService<RestListener>().Accepted(context) ? "rest" : "mcp",
                    AuditNames.Operation(context), "rate-limited", context.User, StatusCodes.Status429TooManyRequests, okta: null, session: null);
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : settings.RateLimitWindow;
                return new ValueTask(AuthChallenges.TooManyRequestsAsync(context, retryAfter, cancellationToken));
            };
        });
}
