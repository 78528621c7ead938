namespace OktaSessionMcp.Simulator.Org;

/// <summary>The fixed content of the simulated org, identical on every start so that docs and tests can name it.</summary>
internal static class DemoOrg
{
    /// <summary>The org id, which Okta reports as the identity provider id of OKTA sessions.</summary>
    public const string OrgId = "00o1sim2org3demo4xyz";

    public static IReadOnlyList<SimulatedUser> Users { get; } =
    [
        new("00u1alice2sim3demo4x", "alice@example.com", "Passw0rd!alice", "Alice", "Anderson"),
        new("00u1bob5sim6demo7x8y", "bob@example.com", "Passw0rd!bob", "Bob", "Brown"),
        new("00u1carol9sim0demo1z", "carol@example.com", "Passw0rd!carol", "Carol", "Chen"),
    ];

    /// <summary>When every demo user last changed their password (Okta reports it in authn).</summary>
    public static DateTimeOffset PasswordChanged { get; } = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    // Okta logins are case-insensitive.
    public static SimulatedUser? FindByLogin(string? login) =>
        Users.FirstOrDefault(user => string.Equals(user.Login, login, StringComparison.OrdinalIgnoreCase));

    public static SimulatedUser? FindById(string id) =>
        Users.FirstOrDefault(user => string.Equals(user.Id, id, StringComparison.Ordinal));
}
