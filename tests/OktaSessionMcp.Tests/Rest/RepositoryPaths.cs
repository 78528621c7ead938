using System.Runtime.CompilerServices;

namespace OktaSessionMcp.Tests.Rest;

/// <summary>Files of the repository the tests read and check: found from this source file, not from the test's bin folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", "..", ".."));

    public static string OpenApiCopy => Path.Combine(Root, "workflows", "okta-session-rest.openapi.json");

    public static string RestChecks => Path.Combine(Root, "scripts", "rest-checks");

    private static string ThisDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
