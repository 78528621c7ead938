using OktaSessionMcp.Okta.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using OpenTelemetry;

namespace OktaSessionMcp.Telemetry;

/// <summary>
/// Exports the server's and the Okta client's metrics and traces over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set
/// (the exporter reads that variable and its siblings itself). Without OpenTelemetry.Extensions.Hosting, which our
/// feed lacks, the providers are built here and disposed with the container.
/// </summary>
public static class OtlpExport
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Meter and ActivitySource names exported: ours and the Okta client's.</summary>
    public static readonly string[] Sources = [ServerTelemetry.Name, OktaTelemetry.Name];

    public static IServiceCollection AddOtlpExportIfConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[EndpointVariable]))
        {
            return services;
        }

        services.AddSingleton(_ => Sdk.CreateMeterProviderBuilder().AddMeter(Sources).AddOtlpExporter().Build());
        services.AddSingleton(_ => Sdk.CreateTracerProviderBuilder().AddSource(Sources).AddOtlpExporter().Build());
        services.AddHostedService<OtlpProvidersActivator>();
        return services;
    }

    /// <summary>Resolves the providers at start so that they listen from the first call, not the first resolution.</summary>
    private sealed class OtlpProvidersActivator(MeterProvider meters, TracerProvider traces) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken)
        {
            meters.ForceFlush();
            traces.ForceFlush();
            return Task.CompletedTask;
        }
    }
}
