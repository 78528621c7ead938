using OktaSessionMcp.Bench;
using OktaSessionMcp.Bench.Report;

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 2;
}

var command = settings.Out is null
    ? "dotnet run -c Release --project bench/OktaSessionMcp.Bench"
    : $"scripts/bench   # = dotnet run -c Release --project bench/OktaSessionMcp.Bench -- --out {settings.Out}";
var results = await BenchRun.RunAsync(settings, command, CancellationToken.None);

var concurrencies = BenchRun.Concurrencies;
var subtitle = FormattableString.Invariant(
    $"{results.Machine.Cores} cores, {results.Started:yyyy-MM-dd}, load average before {results.LoadBefore}");
var svg = SvgChart.Render(results.Loads, concurrencies, subtitle);
if (settings.Out is { } output)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var chart = Path.ChangeExtension(output, ".svg");
    var previous = File.Exists(output) ? await File.ReadAllTextAsync(output) : null;
    await File.WriteAllTextAsync(chart, svg);
    await File.WriteAllTextAsync(output, MarkdownReport.Render(results, Path.GetFileName(chart), previous));
    Console.WriteLine($"Wrote {output} and {chart} in {results.Duration.TotalSeconds:0} s.");
}

foreach (var check in TargetCheck.Evaluate(results))
{
    Console.WriteLine($"  {check.Verdict,-12} {check.Target}: {check.Measured}");
}

return 0;
