using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace OktaSessionMcp.Auth;

/// <summary>
/// What JwtBearer does not do our way: it reads the token as <see cref="BearerToken"/> does (one header, 16 KiB at
/// most), says in the log when the issuer cannot be reached, and never lets a failure's text (which may quote the
/// token) out of the handler.
/// </summary>
internal sealed partial class OAuthBearerEvents(ILogger<OAuthBearerEvents> logger) : JwtBearerEvents
{
    public override async Task MessageReceived(MessageReceivedContext context)
    {
        // The health probes stay out of authentication, as they stay out of authorization.
        var token = InboundSecurityExemptions.IsExempt(context.HttpContext) ? null : BearerToken.Read(context.Request);
        if (token is null)
        {
            context.NoResult();
            return;
        }

        if (token.Length == 0)
        {
            context.Fail("The Authorization header is not one usable bearer token.");
            return;
        }

        // The token handler swallows a failed metadata fetch and calls the token invalid instead; fetched here first
        // (cached after the first success), an unreachable issuer is named in the log.
        var aborted = context.HttpContext.RequestAborted;
        try
        {
            if (context.Options.ConfigurationManager is { } metadata)
            {
                await metadata.GetConfigurationAsync(aborted);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !aborted.IsCancellationRequested)
        {
            LogIssuerUnavailable(logger, ex.GetType().Name);
            context.Fail("The OAuth issuer's metadata is unavailable.");
            return;
        }

        context.Token = token;
    }

    public override Task AuthenticationFailed(AuthenticationFailedContext context)
    {
        // The kind of failure only: the exception's message may quote parts of the token.
        var failure = context.Exception.GetType().Name;
        LogTokenRejected(logger, failure);
        context.Fail("The access token is invalid, expired, or not for this server.");
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OAuth issuer's metadata or keys could not be fetched ({Failure}); tokens cannot be validated until it answers.")]
    private static partial void LogIssuerUnavailable(ILogger logger, string failure);

    [LoggerMessage(Level = LogLevel.Debug, Message = "An access token was rejected: {Failure}.")]
    private static partial void LogTokenRejected(ILogger logger, string failure);
}
