namespace OktaSessionMcp.Simulator.Cli;

/// <summary>What the standalone simulator prints on start: where it is, who can sign in, how to get a session.</summary>
internal static class Banner
{
    public static void Write(TextWriter output, OktaSimulator simulator, bool defaultApiKey)
    {
        var url = simulator.BaseUrl.GetLeftPart(UriPartial.Authority);
        // A key passed on the command line is the operator's; echoing it would put it in terminal logs.
        var key = defaultApiKey ? simulator.ApiKey : "<the key given with --api-key>";
        output.WriteLine($"Okta simulator listening on {url}");
        output.WriteLine($"API key: Authorization: SSWS {key}");
        output.WriteLine("Demo users (login / password):");
        foreach (var user in simulator.Users)
        {
            output.WriteLine($"  {user.Login} / {user.Password}  ({user.FirstName} {user.LastName}, id {user.Id})");
        }

        var alice = simulator.Users[0];
        output.WriteLine("Get a session token (either way):");
        output.WriteLine($"  curl -s -X POST {url}/__sim/session-tokens -H 'Content-Type: application/json' -d '{{\"login\":\"{alice.Login}\"}}'");
        output.WriteLine($"  curl -s -X POST {url}/api/v1/authn -H 'Content-Type: application/json' -d '{{\"username\":\"{alice.Login}\",\"password\":\"{alice.Password}\"}}'");
        output.WriteLine("Then create a session:");
        output.WriteLine($"  curl -s -X POST {url}/api/v1/sessions -H 'Authorization: SSWS {key}' -H 'Content-Type: application/json' -d '{{\"sessionToken\":\"<token>\"}}'");
        output.WriteLine("Stop with SIGTERM or Ctrl+C.");
    }
}
