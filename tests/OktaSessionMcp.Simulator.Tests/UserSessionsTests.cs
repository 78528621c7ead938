namespace OktaSessionMcp.Simulator.Tests;

public sealed class UserSessionsTests
{
    [Fact]
    public async Task RevokeUserSessions_KnownUser_ClosesOnlyThatUsersSessions()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        var alice1 = Id(await sim.CreateSessionAsync("alice@example.com"));
        var alice2 = Id(await sim.CreateSessionAsync("alice@example.com"));
        var bob = Id(await sim.CreateSessionAsync("bob@example.com"));

        using var revoke = await sim.SendAsync(HttpMethod.Delete, $"/api/v1/users/{sim.Simulator.Users[0].Id}/sessions?oauthTokens=true");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        foreach (var (id, expected) in new[] { (alice1, HttpStatusCode.NotFound), (alice2, HttpStatusCode.NotFound), (bob, HttpStatusCode.OK) })
        {
            using var get = await sim.SendAsync(HttpMethod.Get, $"/api/v1/sessions/{id}");
            Assert.Equal(expected, get.StatusCode);
        }
    }

    [Fact]
    public async Task RevokeUserSessions_UnknownUser_Returns404()
    {
        await using var sim = await SimulatorHarness.StartAsync();

        using var response = await sim.SendAsync(HttpMethod.Delete, "/api/v1/users/00uNoSuchUser0000000/sessions");

        await OktaAssert.ErrorAsync(response, HttpStatusCode.NotFound, "E0000007", "Not found: Resource not found: 00uNoSuchUser0000000 (User)");
    }

    private static string Id(JsonElement session) => session.GetProperty("id").GetString()!;
}
