using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator;

/// <summary>
/// An Okta org in a box: the Sessions and Authentication APIs on a local port, with seeded users and fault
/// injection under <c>/__sim/</c>. Runs its own WebApplication, so it can live inside another ASP.NET Core process.
/// </summary>
public sealed class OktaSimulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SimulatedOrg org;
    private int disposed;

    private OktaSimulator(WebApplication app, SimulatorOptions options)
    {
        this.app = app;
        org = app.Services.GetRequiredService<SimulatedOrg>();
        ApiKey = options.ApiKey;
        OAuthClientId = options.OAuthClientId;
        BaseUrl = app.Services.GetRequiredService<BaseAddress>().Value;
    }

    /// <summary>Where the simulator listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The key management calls must send as <c>Authorization: SSWS &lt;key&gt;</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The client id of the OAuth app the simulator serves tokens to, or null when OAuth is off.</summary>
    public string? OAuthClientId { get; }

    /// <summary>The seeded demo users; the same on every start.</summary>
    public IReadOnlyList<SimulatedUser> Users => DemoOrg.Users;

    internal SimulatedOrg Org => org;

    /// <summary>Starts a simulator and returns once it is listening.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public static async Task<OktaSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Snapshot();
        settings.Validate();
        var app = SimulatorApp.Build(settings);
        try
        {
            await app.StartAsync(cancellationToken);
            return new OktaSimulator(app, settings);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Issues a one-time session token for a seeded user, as <c>POST /__sim/session-tokens</c> does.</summary>
    /// <exception cref="ArgumentException">No seeded user has this login.</exception>
    public string MintSessionToken(string login)
    {
        var user = DemoOrg.FindByLogin(login)
            ?? throw new ArgumentException($"No simulated user has the login '{login}'.", nameof(login));
        return org.IssueToken(user).Token;
    }

    /// <summary>Stops listening; requests held by injected latency end at once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }
}
