using System.Text.Json;

namespace OktaSessionMcp.Bench.Load;

/// <summary>
/// Before a path is measured, one answer is read in full: it must be a 200 whose JSON (or SSE event) names the session
/// the bench created. A path that answers quickly with an error would otherwise look fast.
/// </summary>
internal static class AnswerCheck
{
    public static async Task VerifyAsync(ICallPath path, HttpClient http, string oktaSessionId, CancellationToken cancellationToken)
    {
        var answer = await path.FetchAsync(http, cancellationToken);
        var space = answer.IndexOf(' ', StringComparison.Ordinal);
        var status = answer[..space];
        var body = answer[(space + 1)..];
        var json = body.StartsWith('{') ? body : LastSseData(body);
        using var document = JsonDocument.Parse(json);
        var session = document.RootElement.TryGetProperty("result", out var result)
            ? result.GetProperty("structuredContent")
            : document.RootElement;
        if (status != "200" || session.GetProperty("id").GetString() != oktaSessionId)
        {
            throw new InvalidOperationException($"{path.Name} did not return the session: {Shorten(answer)}");
        }
    }

    private static string LastSseData(string body) =>
        body.Split('\n').Last(line => line.StartsWith("data:", StringComparison.Ordinal))["data:".Length..].Trim();

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
