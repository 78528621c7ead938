using System.Globalization;
using System.Net;
using System.Text;
using OktaSessionMcp.Bench.Stats;

namespace OktaSessionMcp.Bench.Report;

/// <summary>
/// A two-panel bar chart, written by hand (no package): median latency with a p99 whisker, and calls per second,
/// for each path at each concurrency.
/// </summary>
internal static class SvgChart
{
    private const int PanelWidth = 460;
    private const int LabelWidth = 150;
    private const int BarHeight = 14;
    private const int GroupGap = 14;
    private const int Top = 52;
    private static readonly string[] Colours = ["#4e79a7", "#f28e2b"];

    public static string Render(IReadOnlyList<LoadResult> loads, IReadOnlyList<int> concurrencies, string subtitle)
    {
        var paths = loads.Select(l => l.Path).Distinct().ToList();
        var groupHeight = (concurrencies.Count * BarHeight) + GroupGap;
        var height = Top + (paths.Count * groupHeight) + 40;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{2 * PanelWidth}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">"));
        svg.Append(Invariant($"<rect width=\"{2 * PanelWidth}\" height=\"{height}\" fill=\"white\"/>"));
        svg.Append(Invariant($"<text x=\"10\" y=\"16\" font-size=\"13\" font-weight=\"bold\">get-details-about-session by path</text>"));
        svg.Append(Invariant($"<text x=\"10\" y=\"31\" fill=\"#555\">{WebUtility.HtmlEncode(subtitle)}</text>"));
        Panel(svg, 0, "median latency, ms (line: p99)", paths, concurrencies, loads, r => r.Latency.P50, r => r.Latency.P99, "0.00");
        Panel(svg, PanelWidth, "throughput, calls/s", paths, concurrencies, loads, r => r.CallsPerSecond, null, "0");
        for (var i = 0; i < concurrencies.Count; i++)
        {
            var x = 10 + (i * 120);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{height - 22}\" width=\"12\" height=\"12\" fill=\"{Colours[i % Colours.Length]}\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 16}\" y=\"{height - 12}\">concurrency {concurrencies[i]}</text>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Panel(
        StringBuilder svg, int left, string title, List<string> paths, IReadOnlyList<int> concurrencies, IReadOnlyList<LoadResult> loads,
        Func<LoadResult, double> value, Func<LoadResult, double>? whisker, string format)
    {
        var scale = loads.Max(r => Math.Max(value(r), whisker?.Invoke(r) ?? 0));
        var plotWidth = PanelWidth - LabelWidth - 60;
        svg.Append(Invariant($"<text x=\"{left + LabelWidth}\" y=\"{Top - 8}\" font-weight=\"bold\">{title}</text>"));
        for (var p = 0; p < paths.Count; p++)
        {
            var groupTop = Top + (p * ((concurrencies.Count * BarHeight) + GroupGap));
            svg.Append(Invariant($"<text x=\"{left + LabelWidth - 6}\" y=\"{groupTop + BarHeight + 3}\" text-anchor=\"end\">{WebUtility.HtmlEncode(paths[p])}</text>"));
            for (var c = 0; c < concurrencies.Count; c++)
            {
                if (loads.FirstOrDefault(r => r.Path == paths[p] && r.Concurrency == concurrencies[c]) is not { } result)
                {
                    continue;
                }

                var y = groupTop + (c * BarHeight);
                var width = Math.Max(1, value(result) / scale * plotWidth);
                svg.Append(Invariant($"<rect x=\"{left + LabelWidth}\" y=\"{y}\" width=\"{width:0.0}\" height=\"{BarHeight - 2}\" fill=\"{Colours[c % Colours.Length]}\"/>"));
                var labelX = left + LabelWidth + width + 4;
                if (whisker is not null)
                {
                    var end = left + LabelWidth + (whisker(result) / scale * plotWidth);
                    svg.Append(Invariant($"<line x1=\"{left + LabelWidth + width:0.0}\" x2=\"{end:0.0}\" y1=\"{y + 6}\" y2=\"{y + 6}\" stroke=\"#333\"/>"));
                    labelX = Math.Max(labelX, end + 4);
                }

                svg.Append(Invariant($"<text x=\"{labelX:0.0}\" y=\"{y + 10}\">{value(result).ToString(format, CultureInfo.InvariantCulture)}</text>"));
            }
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
