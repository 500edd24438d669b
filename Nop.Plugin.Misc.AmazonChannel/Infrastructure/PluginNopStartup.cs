using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Services;

namespace Nop.Plugin.Misc.AmazonChannel.Infrastructure;

/// <summary>
/// Registers the plugin's services. Settings, consumers, permission managers and schedule tasks are found by
/// nopCommerce's type finder and need no registration.
/// </summary>
public class PluginNopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AmazonAccountService>();
        services.AddScoped<HistoryCleanupService>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    // After nopCommerce's own registrations (2000), so the plugin can decorate or replace them.
    public int Order => 3000;
}
