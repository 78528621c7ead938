namespace OktaSessionMcp.StreamableHttp.Tests.TestHost;

/// <summary>Lets a test await what a tool did on the server, instead of sleeping.</summary>
public sealed class ToolProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
