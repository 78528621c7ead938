using Microsoft.Extensions.DependencyInjection.Extensions;
using OktaSessionMcp.Okta;

namespace OktaSessionMcp.Audit;

/// <summary>Registers the audit trail's services; its call-tool filter is in the list in <c>Hosting/ToolCallFilters.cs</c>.</summary>
public static class AuditSetup
{
    public static IMcpServerBuilder WithAudit(this IMcpServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<AuditLog>();
        // The typed client AddOktaSessionClient registers is named after its interface; this handler joins its pipeline.
        builder.Services.AddHttpClient(nameof(IOktaSessionClient)).AddHttpMessageHandler(() => new OktaAuditHandler());
        return builder;
    }
}
