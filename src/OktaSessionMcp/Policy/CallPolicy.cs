using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OktaSessionMcp.Policy;

/// <summary>
/// What callers may do, for both transports: which tools exist (--read-only, --tools), that arguments match each
/// tool's inputSchema, and that a destructive call is confirmed by the person (--confirm-destructive).
/// </summary>
public static class CallPolicy
{
    /// <summary>
    /// Binds and validates the policy at start-up, and removes the tools it leaves out from the server (so they are neither
    /// listed nor callable). Its argument and confirmation filters are in the list in <c>Hosting/ToolCallFilters.cs</c>.
    /// </summary>
    public static IMcpServerBuilder WithCallPolicy(this IMcpServerBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<PolicyOptions>().Bind(configuration.GetSection(PolicyOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyOptions>, PolicyOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UsedNonces>();
        // In this process by default; with --redis, Fleet/FleetState puts Redis here.
        services.TryAddSingleton<INonceStore>(provider => provider.GetRequiredService<UsedNonces>());
        services.TryAddSingleton<RequestStateProtector>();
        // Transient, like the typed Okta client it holds: a singleton would pin one HttpClient for good.
        services.TryAddTransient<DestructiveConfirmation>();
        services.AddOptions<McpServerOptions>()
            .PostConfigure<IOptions<PolicyOptions>>((server, policy) => ToolSelection.Apply(server, policy.Value));

        return builder;
    }
}
