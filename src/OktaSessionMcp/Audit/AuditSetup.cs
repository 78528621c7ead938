using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OktaSessionMcp.Audit;

/// <summary>Registers the audit trail's services; its call-tool filter is in the list in <c>Hosting/ToolCallFilters.cs</c>.</summary>
public static class AuditSetup
{
    public static IMcpServerBuilder WithAudit(this IMcpServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<AuditLog>();
        return builder;
    }
}
