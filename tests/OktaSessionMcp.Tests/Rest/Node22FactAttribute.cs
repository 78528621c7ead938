namespace OktaSessionMcp.Tests.Rest;

/// <summary>A fact that needs Node.js 22 (npm-based tools); skipped, saying how to enable it, where there is none.</summary>
public sealed class Node22FactAttribute : FactAttribute
{
    public Node22FactAttribute()
    {
        if (!Node22.IsAvailable)
        {
            Skip = "Node.js 22 is not available (CI always has it): run `scripts/node22` once to install it into .tools/node22, " +
                "or put Node 22 on PATH, then run the tests again.";
        }
    }
}
