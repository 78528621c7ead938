using OktaSessionMcp.Simulator.Json;
using OktaSessionMcp.Simulator.Org;

namespace OktaSessionMcp.Simulator.Endpoints;

/// <summary>Turns a session into Okta's Session resource, links absolute on the simulator's base URL.</summary>
internal sealed class SessionPresenter(BaseAddress baseAddress)
{
    public IResult Ok(SimulatedSession session) =>
        Results.Json(Present(session), SimulatorJsonContext.Default.SessionResource);

    public SessionResource Present(SimulatedSession session)
    {
        var origin = baseAddress.Origin;
        var self = $"{origin}/api/v1/sessions/{session.Id}";
        var links = new SessionLinks(
            Self: new Link(null, self, new([HttpMethods.Get, HttpMethods.Delete])),
            Refresh: new Link(null, $"{self}/lifecycle/refresh", new([HttpMethods.Post])),
            User: new Link(session.User.FullName, $"{origin}/api/v1/users/{session.User.Id}", new([HttpMethods.Get])));
        return new SessionResource(
            session.Id,
            session.User.Id,
            session.User.Login,
            OktaTime.Format(session.CreatedAt),
            OktaTime.Format(session.ExpiresAt),
            "ACTIVE",
            OktaTime.Format(session.LastPasswordVerification),
            LastFactorVerification: null,
            ["pwd"],
            new SessionIdp(DemoOrg.OrgId, "OKTA"),
            links);
    }
}
