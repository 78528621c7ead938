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

// The command as given, so that a report made with extra switches (--composite, say) says so.
var extra = string.Concat(args.Where((arg, i) => arg != "--out" && (i == 0 || args[i - 1] != "--out")).Select(arg => " " + arg));
var command = settings.Out is null
    ? $"dotnet run -c Release --project bench/OktaSessionMcp.Bench --{extra}"
    : $"scripts/bench{extra}   # = dotnet run -c Release --project bench/OktaSessionMcp.Bench -- --out {settings.Out}{extra}";
var results = await BenchRun.RunAsync(settings, command, CancellationToken.None);

var concurrencies = BenchRun.Concurrencies;
var subtitle = FormattableString.Invariant(
    $"{results.Machine.Cores} cores, {results.Started:yyyy-MM-dd}, load average before {results.LoadBefore}");
// A run without the latency phase has nothing to chart; the previous chart stays.
var svg = results.Loads.Count > 0 ? SvgChart.Render(results.Loads, concurrencies, subtitle) : null;
if (settings.Out is { } output)
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    var chart = Path.ChangeExtension(output, ".svg");
    var previous = File.Exists(output) ? await File.ReadAllTextAsync(output) : null;
    if (svg is not null)
    {
        await File.WriteAllTextAsync(chart, svg);
    }

    await File.WriteAllTextAsync(output, MarkdownReport.Render(results, Path.GetFileName(chart), previous));
    Console.WriteLine($"Wrote {output} and {chart} in {results.Duration.TotalSeconds:0} s.");
}

foreach (var check in TargetCheck.Evaluate(results))
{
    Console.WriteLine($"  {check.Verdict,-12} {check.Target}: {check.Measured}");
}

return 0;
