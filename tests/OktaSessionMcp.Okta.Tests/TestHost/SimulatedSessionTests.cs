namespace OktaSessionMcp.Okta.Tests.TestHost;

/// <summary>
/// The arrangement of test classes about one session under faults: before each test, a fresh simulator and client
/// (<see cref="SimulatedOkta"/>) and a session made with <see cref="SimulatedOkta.NewSessionUnderFaultsAsync"/>.
/// </summary>
/// <param name="faults">Faults set for every test of the class; null when each test sets its own.</param>
/// <param name="configure">Further client settings.</param>
public abstract class SimulatedSessionTests(string? faults = null, Action<OktaClientOptions>? configure = null) : IAsyncLifetime
{
    protected SimulatedOkta Okta { get; private set; } = null!;

    protected string SessionId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Okta = await SimulatedOkta.StartAsync(configure: configure);
        SessionId = await Okta.NewSessionUnderFaultsAsync(faults);
    }

    public async Task DisposeAsync() => await Okta.DisposeAsync();
}
