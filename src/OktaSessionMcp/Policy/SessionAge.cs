using System.Globalization;

namespace OktaSessionMcp.Policy;

/// <summary>How long ago a session was created, in the few words a person reads in a confirmation.</summary>
internal static class SessionAge
{
    public static string Describe(DateTimeOffset? createdAt, DateTimeOffset now)
    {
        if (createdAt is not { } created)
        {
            return "at an unknown time";
        }

        var age = now - created;
        return age switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Ago((int)age.TotalMinutes, "min"),
            { TotalDays: < 2 } => Ago((int)age.TotalHours, "h"),
            _ => Ago((int)age.TotalDays, "d"),
        };
    }

    private static string Ago(int count, string unit) => string.Create(CultureInfo.InvariantCulture, $"{count} {unit} ago");
}
