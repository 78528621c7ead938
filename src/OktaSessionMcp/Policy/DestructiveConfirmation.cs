using OktaSessionMcp.Apps;
using OktaSessionMcp.Tools;

namespace OktaSessionMcp.Policy;

/// <summary>
/// A call-tool filter that has the person confirm a destructive call (closing a session) before it runs. It first reads
/// the session, to show whose it is and how old, then asks with an <see cref="InputRequiredException"/> carrying a
/// signed requestState. The SDK sends that to a 2026-07-28 client as an input_required result, and on a stateful
/// 2025-xx session asks with elicitation/create itself and calls the tool again with the answer: either way the answer
/// comes back here as inputResponses beside the requestState. Anything but a clear yes ends the call with isError and
/// no DELETE.
/// </summary>
/// <remarks>
/// It acts on every tool whose destructiveHint is true; today that is okta-close-session alone, and the question's
/// wording (<see cref="ConfirmationPrompt"/>) is about closing a session. A new destructive tool needs its own.
/// </remarks>
internal sealed class DestructiveConfirmation(
    IOptions<PolicyOptions> options, RequestStateProtector protector, IOktaSessionClient okta, TimeProvider clock)
{

    public static CallToolHandler Filter(CallToolHandler next) => (context, cancellationToken) =>
        context.MatchedPrimitive is McpServerTool { ProtocolTool.Annotations.DestructiveHint: true }
            ? Resolve(context).ConfirmAsync(context, next, cancellationToken)
            : next(context, cancellationToken);

    private async ValueTask<CallToolResult> ConfirmAsync(
        RequestContext<CallToolRequestParams> context,
        CallToolHandler next,
        CancellationToken cancellationToken)
    {
        var mode = options.Value.Confirmation;
        if (mode == ConfirmationMode.Never)
        {
            return await next(context, cancellationToken);
        }

        // A call that brings an answer is judged on it, whatever capabilities it declares: a made-up, replayed or
        // declined answer must never fall through to the "cannot ask" path below.
        if (context.Params is { } retry && (retry.RequestState is not null || retry.InputResponses is not null))
        {
            var verdict = retry.RequestState is { } state
                ? await protector.VerifyAsync(state, ConfirmationBinding.Of(context), cancellationToken)
                : RequestStateVerdict.Invalid;
            var answer = ConfirmationPrompt.AnswerIn(retry);
            return verdict != RequestStateVerdict.Valid ? ConfirmationResults.Refused(verdict)
                : !ConfirmationPrompt.IsReadable(answer) ? ConfirmationResults.NoAnswer()
                : ConfirmationPrompt.IsConfirmed(answer) ? await next(context, cancellationToken)
                : ConfirmationResults.Declined();
        }

        if (!ConfirmationChannels.CanAsk(context))
        {
            // A client that renders MCP Apps views may be sending a click on the session card's Close button: a click is
            // not a confirmation, so such a client is refused as under "always", whatever sent the call.
            return mode == ConfirmationMode.Always ? ConfirmationResults.CannotAsk()
                : AppsExtension.IsDeclaredBy(context) ? ConfirmationResults.CannotAskViewHost()
                : await next(context, cancellationToken);
        }

        // With --redis and Redis unreachable, a yes could not be honoured once per fleet: refuse before asking the person.
        if (!protector.CanCheckReplays)
        {
            return ConfirmationResults.Refused(RequestStateVerdict.Unavailable);
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

        throw new InputRequiredException(
            new Dictionary<string, InputRequest>
            {
                [ConfirmationPrompt.InputKey] = InputRequest.ForElicitation(ConfirmationPrompt.For(session, clock.GetUtcNow())),
            },
            protector.Issue(ConfirmationBinding.Of(context)));
    }

    private static string? SessionIdOf(RequestContext<CallToolRequestParams> context) =>
        SessionIdArgument.Of(context.Params?.Arguments) is { } id && OktaIdentifiers.IsValidSessionId(id) ? id : null;

    private static DestructiveConfirmation Resolve(RequestContext<CallToolRequestParams> context) =>
        (context.Services ?? throw new InvalidOperationException("The MCP server was created without services."))
            .GetRequiredService<DestructiveConfirmation>();
}
