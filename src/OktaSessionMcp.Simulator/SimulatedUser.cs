namespace OktaSessionMcp.Simulator;

/// <summary>A seeded demo user of the simulated org. The password is a documented demo value, not a secret.</summary>
/// <param name="Id">Okta-style user id (<c>00u</c> and 17 alphanumerics).</param>
/// <param name="Login">The login (username), an e-mail address.</param>
/// <param name="Password">The password that <c>POST /api/v1/authn</c> accepts.</param>
/// <param name="FirstName">Given name.</param>
/// <param name="LastName">Family name.</param>
public sealed record SimulatedUser(string Id, string Login, string Password, string FirstName, string LastName)
{
    internal string FullName => $"{FirstName} {LastName}";
}
