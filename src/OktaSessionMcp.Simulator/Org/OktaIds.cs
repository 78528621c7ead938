using System.Security.Cryptography;

namespace OktaSessionMcp.Simulator.Org;

/// <summary>Random identifiers shaped like Okta's, from a cryptographic generator so tests cannot guess them.</summary>
internal static class OktaIds
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const string UrlSafe = Alphanumerics + "-_";

    /// <summary>A session id such as <c>102</c> followed by 22 alphanumerics.</summary>
    public static string NewSessionId() => "102" + RandomNumberGenerator.GetString(Alphanumerics, 22);

    /// <summary>A one-time session token such as <c>20111</c> followed by 40 URL-safe characters.</summary>
    public static string NewSessionToken() => "20111" + RandomNumberGenerator.GetString(UrlSafe, 40);

    /// <summary>The value of <c>X-Okta-Request-Id</c>.</summary>
    public static string NewRequestId() => "req" + RandomNumberGenerator.GetString(Alphanumerics, 20);

    /// <summary>The <c>errorId</c> of an error body.</summary>
    public static string NewErrorId() => "oae" + RandomNumberGenerator.GetString(UrlSafe, 22);
}
