using System.Collections.Concurrent;
using ModelContextProtocol.Protocol;

namespace OktaSessionMcp.Tests.Policy;

/// <summary>The person behind an eliciting client: gives one answer to every question, and keeps the questions asked.</summary>
internal sealed class ScriptedPerson(string action, bool confirm = true)
{
    private readonly ConcurrentQueue<ElicitRequestParams> _questions = new();

    public IReadOnlyCollection<ElicitRequestParams> Questions => _questions;

    /// <summary>The client's elicitation handler.</summary>
    public ValueTask<ElicitResult> AnswerAsync(ElicitRequestParams? question, CancellationToken cancellationToken)
    {
        _questions.Enqueue(question!);
        return ValueTask.FromResult(PolicyHarness.Answer(action, confirm));
    }
}
