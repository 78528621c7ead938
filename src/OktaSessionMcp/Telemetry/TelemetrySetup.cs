using System.Runtime.CompilerServices;
using OktaSessionMcp.Okta.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OktaSessionMcp.Telemetry;

/// <summary>
/// Traces and metrics over OTLP, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set (the exporter reads that variable and
/// its siblings itself, OTEL_EXPORTER_OTLP_PROTOCOL included: grpc or http/protobuf). What is exported: ASP.NET Core's
/// requests, HttpClient's calls to Okta, the MCP SDK's spans and metrics, ours and the Okta client's. URLs carry session
/// ids, so every span passes <see cref="SessionIdRedaction"/> before it is exported.
/// </summary>
public static class TelemetrySetup
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The MCP SDK's ActivitySource and Meter.</summary>
    public const string McpSdkSource = "Experimental.ModelContextProtocol";

    /// <summary>Meter and ActivitySource names exported besides the instrumentations': the SDK's, ours and the Okta client's.</summary>
    public static readonly string[] Sources = [McpSdkSource, ServerTelemetry.Name, OktaTelemetry.Name];

    public static IServiceCollection AddTelemetryIfConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        return string.IsNullOrWhiteSpace(configuration[EndpointVariable]) ? services : AddExport(services);
    }

    // Apart, and never inlined, so that a server without an endpoint does not even load OpenTelemetry's assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IServiceCollection AddExport(IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("okta-session-mcp",
                serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString(3)))
            .WithTracing(tracing => tracing
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddProcessor(new SessionIdRedaction())
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(Sources)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter());
        return services;
    }
}
