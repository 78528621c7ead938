namespace OktaSessionMcp.Bench.Phases;

/// <summary>Start-up times of one build, in milliseconds, from process creation to the first tools/list answer.</summary>
/// <param name="CpuRuns">CPU milliseconds the process had used by its first answer, per launch.</param>
/// <param name="Note">Why there are no times (the build failed), or how the build was made.</param>
/// <param name="Reference">Another server doing the same job (the Node.js reference), not a build of ours.</param>
/// <param name="RssRuns">Resident set size in MiB right after the first answer, per launch.</param>
internal sealed record StartupResult(
    string Build, IReadOnlyList<double> Runs, IReadOnlyList<double> CpuRuns, string Note, bool Reference = false, IReadOnlyList<double>? RssRuns = null)
{
    public double RssMedian => MedianOf(RssRuns ?? []);

    public double Median => MedianOf(Runs);

    public double CpuMedian => MedianOf(CpuRuns);

    public double Min => Runs.Count == 0 ? double.NaN : Runs.Min();

    public double Max => Runs.Count == 0 ? double.NaN : Runs.Max();

    private static double MedianOf(IReadOnlyList<double> values) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);
}
