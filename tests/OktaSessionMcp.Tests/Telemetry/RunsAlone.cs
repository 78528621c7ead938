namespace OktaSessionMcp.Tests.Telemetry;

/// <summary>Tests that listen to process-wide telemetry run after the others, alone, so no other test's spans reach them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "alone";
}
