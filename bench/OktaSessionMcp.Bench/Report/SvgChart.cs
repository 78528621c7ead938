using System.Globalization;
using System.Net;
using System.Text;
using OktaSessionMcp.Bench.Stats;

namespace OktaSessionMcp.Bench.Report;

/// <summary>
/// A two-panel bar chart, written by hand (no package): median latency with a p90 whisker, and calls per second, for
/// each path at each concurrency. Numbers stand in a column of their own so that no bar hides one.
/// </summary>
internal static class SvgChart
{
    private const int PanelWidth = 520;
    private const int LabelWidth = 150;
    private const int PlotWidth = 220;
    private const int BarHeight = 15;
    private const int GroupGap = 14;
    private const int Top = 56;
    private static readonly string[] Colours = ["#4e79a7", "#f28e2b"];

    public static string Render(IReadOnlyList<LoadResult> loads, IReadOnlyList<int> concurrencies, string subtitle)
    {
        var paths = loads.Select(l => l.Path).Distinct().ToList();
        var height = Top + (paths.Count * ((concurrencies.Count * BarHeight) + GroupGap)) + 34;
        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{2 * PanelWidth}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">");
        Append(svg, $"<rect width=\"{2 * PanelWidth}\" height=\"{height}\" fill=\"white\"/>");
        Append(svg, $"<text x=\"10\" y=\"16\" font-size=\"13\" font-weight=\"bold\">get-details-about-session by path</text>");
        Append(svg, $"<text x=\"10\" y=\"31\" fill=\"#555\">{WebUtility.HtmlEncode(subtitle)}</text>");

        // Latency is scaled to the slowest median, not to p99: a tail ten times the median would flatten every bar.
        var latencyScale = loads.Max(r => r.Latency.P50) * 1.5;
        Panel(svg, 0, "median latency, ms (whisker to p90)", paths, concurrencies, loads, latencyScale,
            r => r.Latency.P50, r => r.Latency.P90, r => Invariant($"{r.Latency.P50:0.00} (p90 {r.Latency.P90:0.0}, p99 {r.Latency.P99:0.0})"));
        Panel(svg, PanelWidth, "throughput, calls/s", paths, concurrencies, loads, loads.Max(r => r.CallsPerSecond),
            r => r.CallsPerSecond, null, r => r.CallsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        for (var i = 0; i < concurrencies.Count; i++)
        {
            var x = 10 + (i * 130);
            Append(svg, $"<rect x=\"{x}\" y=\"{height - 22}\" width=\"12\" height=\"12\" fill=\"{Colours[i % Colours.Length]}\"/>");
            Append(svg, $"<text x=\"{x + 16}\" y=\"{height - 12}\">concurrency {concurrencies[i]}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Panel(
        StringBuilder svg, int left, string title, List<string> paths, IReadOnlyList<int> concurrencies, IReadOnlyList<LoadResult> loads,
        double scale, Func<LoadResult, double> value, Func<LoadResult, double>? whisker, Func<LoadResult, string> label)
    {
        var x0 = left + LabelWidth;
        Append(svg, $"<text x=\"{x0}\" y=\"{Top - 10}\" font-weight=\"bold\">{title}</text>");
        for (var p = 0; p < paths.Count; p++)
        {
            var groupTop = Top + (p * ((concurrencies.Count * BarHeight) + GroupGap));
            Append(svg, $"<text x=\"{x0 - 6}\" y=\"{groupTop + BarHeight + 3}\" text-anchor=\"end\">{WebUtility.HtmlEncode(Shorten(paths[p]))}</text>");
            for (var c = 0; c < concurrencies.Count; c++)
            {
                if (loads.FirstOrDefault(r => r.Path == paths[p] && r.Concurrency == concurrencies[c]) is not { } result)
                {
                    continue;
                }

                var y = groupTop + (c * BarHeight);
                var width = Math.Clamp(value(result) / scale * PlotWidth, 1, PlotWidth);
                Append(svg, $"<rect x=\"{x0}\" y=\"{y}\" width=\"{width:0.0}\" height=\"{BarHeight - 3}\" fill=\"{Colours[c % Colours.Length]}\"/>");
                if (whisker is not null)
                {
                    var end = x0 + Math.Min(whisker(result) / scale * PlotWidth, PlotWidth);
                    Append(svg, $"<line x1=\"{x0 + width:0.0}\" x2=\"{end:0.0}\" y1=\"{y + 6}\" y2=\"{y + 6}\" stroke=\"#333\"/>");
                }

                Append(svg, $"<text x=\"{x0 + PlotWidth + 8}\" y=\"{y + 10}\">{WebUtility.HtmlEncode(label(result))}</text>");
            }
        }
    }

    private static string Shorten(string path) => path.Length > 24 ? path[..23] + "…" : path;

    private static void Append(StringBuilder svg, FormattableString text) => svg.Append(FormattableString.Invariant(text));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
