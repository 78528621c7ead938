using Microsoft.Extensions.Options;

namespace OktaSessionMcp.StreamableHttp;

/// <summary>Refuses to start a host whose <see cref="McpHttpOptions"/> cannot work, naming the setting to fix.</summary>
internal sealed class McpHttpOptionsValidator : IValidateOptions<McpHttpOptions>
{
    public ValidateOptionsResult Validate(string? name, McpHttpOptions options)
    {
        List<string> failures = [];
        if (options.IdleTimeout <= TimeSpan.Zero && options.IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            failures.Add($"{nameof(McpHttpOptions.IdleTimeout)} must be positive or Timeout.InfiniteTimeSpan; it is {options.IdleTimeout}.");
        }

        if (options.MaxIdleSessions < 0)
        {
            failures.Add($"{nameof(McpHttpOptions.MaxIdleSessions)} must be zero or more; it is {options.MaxIdleSessions}.");
        }

        if (options.MaxSessions < 1)
        {
            failures.Add($"{nameof(McpHttpOptions.MaxSessions)} must be at least 1; it is {options.MaxSessions}.");
        }

        if (options.MaxRequestBodyBytes < 1)
        {
            failures.Add($"{nameof(McpHttpOptions.MaxRequestBodyBytes)} must be at least 1; it is {options.MaxRequestBodyBytes}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
