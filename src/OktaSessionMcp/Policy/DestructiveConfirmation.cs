using Microsoft.Extensions.Options;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using OktaSessionMcp.Okta;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Policy;

/// <summary>
/// A call-tool filter that has the person confirm a destructive call (closing a session) before it runs. It first reads
/// the session, to show whose it is and how old, then asks: over 2025-06-18 and 2025-11-25 with elicitation/create while
/// the call waits, over 2026-07-28 with an input_required result whose signed requestState the retry must bring back.
/// Anything but a clear yes ends the call with isError and no DELETE.
/// </summary>
/// <remarks>
/// It acts on every tool whose destructiveHint is true; today that is okta-close-session alone, and the question's
/// wording (<see cref="ConfirmationPrompt"/>) is about closing a session. A new destructive tool needs its own.
/// </remarks>
internal sealed class DestructiveConfirmation(
    IOptions<PolicyOptions> options, RequestStateProtector protector, IOktaSessionClient okta, TimeProvider clock)
{
    private const string SessionIdArgument = "sessionId";

    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Filter(
        McpRequestHandler<CallToolRequestParams, CallToolResult> next) => (context, cancellationToken) =>
        context.MatchedPrimitive is McpServerTool { ProtocolTool.Annotations.DestructiveHint: true }
            ? Resolve(context).ConfirmAsync(context, next, cancellationToken)
            : next(context, cancellationToken);

    private async ValueTask<CallToolResult> ConfirmAsync(
        RequestContext<CallToolRequestParams> context,
        McpRequestHandler<CallToolRequestParams, CallToolResult> next,
        CancellationToken cancellationToken)
    {
        var mode = options.Value.Confirmation;
        if (mode == ConfirmationMode.Never)
        {
            return await next(context, cancellationToken);
        }

        var channel = ConfirmationChannels.Of(context);

        if (channel == ConfirmationChannel.MultiRoundTrip && context.Params?.RequestState is { } state)
        {
            var verdict = protector.Verify(state, ConfirmationBinding.Of(context));
            return verdict != RequestStateVerdict.Valid ? ConfirmationResults.Refused(verdict)
                : ConfirmationPrompt.IsConfirmed(ConfirmationPrompt.AnswerIn(context.Params)) ? await next(context, cancellationToken)
                : ConfirmationResults.Declined();
        }

        if (channel == ConfirmationChannel.None)
        {
            return mode == ConfirmationMode.Always ? ConfirmationResults.CannotAsk() : await next(context, cancellationToken);
        }

        // A malformed id goes on to the tool, which refuses it without sending anything: there is nothing to read or ask.
        if (SessionIdOf(context) is not { } sessionId)
        {
            return await next(context, cancellationToken);
        }

        OktaSession session;
        try
        {
            session = await okta.GetSessionAsync(sessionId, cancellationToken);
        }
        catch (OktaApiException ex)
        {
            return ToolResults.Error("Not closed: the session could not be read to ask for confirmation. " + ToolErrorMapper.Describe(ex, sessionId));
        }

        var prompt = ConfirmationPrompt.For(session, clock.GetUtcNow());
        if (channel == ConfirmationChannel.MultiRoundTrip)
        {
            throw new InputRequiredException(
                new Dictionary<string, InputRequest> { [ConfirmationPrompt.InputKey] = InputRequest.ForElicitation(prompt) },
                protector.Issue(ConfirmationBinding.Of(context)));
        }

        // The person gets as long as a 2026-07-28 confirmation lives; an unanswered question must not hold the call open.
        using var unanswered = new CancellationTokenSource(TimeSpan.FromMinutes(options.Value.ConfirmationMinutes), clock);
        using var asking = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, unanswered.Token);
        ElicitResult answer;
        try
        {
            answer = await context.Server.ElicitAsync(prompt, asking.Token);
        }
        catch (Exception ex) when (ex is McpException || (ex is OperationCanceledException && unanswered.IsCancellationRequested))
        {
            return ConfirmationResults.AskFailed();
        }

        return ConfirmationPrompt.IsConfirmed(answer) ? await next(context, cancellationToken) : ConfirmationResults.Declined();
    }

    private static string? SessionIdOf(RequestContext<CallToolRequestParams> context) =>
        context.Params?.Arguments is { } arguments
        && arguments.TryGetValue(SessionIdArgument, out var value)
        && value.ValueKind == System.Text.Json.JsonValueKind.String
        && value.GetString() is { } id
        && OktaIdentifiers.IsValidSessionId(id)
            ? id
            : null;

    private static DestructiveConfirmation Resolve(RequestContext<CallToolRequestParams> context) =>
        (context.Services ?? throw new InvalidOperationException("The MCP server was created without services."))
            .GetRequiredService<DestructiveConfirmation>();
}
