using Microsoft.Extensions.DependencyInjection;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.Tests.Data;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Infrastructure;

/// <summary>The parts of a test host that stand in for nopCommerce's data layer and for Amazon's endpoints.</summary>
public static class TestHostServices
{
    /// <summary>
    /// nopCommerce's <see cref="IRepository{TEntity}"/> for the plugin's tables, on the SQLite test database. With a
    /// crash plan, every write is first reported to it (<see cref="CrashingRepository{TEntity}"/>).
    /// </summary>
    public static IServiceCollection AddTestDatabase(this IServiceCollection services, TestDatabase database, CrashPlan? crash = null)
    {
        services.AddSingleton(database);
        if (crash is null)
            return services.AddScoped(typeof(IRepository<>), typeof(SqliteRepository<>));

        services.AddSingleton(crash);
        return services.AddScoped(typeof(IRepository<>), typeof(CrashingRepository<>));
    }

    /// <summary>
    /// Sends the plugin's Selling Partner API calls to <paramref name="handler"/> (the emulator's in-process handler)
    /// through the plugin's own named HTTP client, which the startup registers. The handler is never rotated, as one
    /// handler instance serves the whole run.
    /// </summary>
    public static IServiceCollection AddSellingPartnerApiHandler(this IServiceCollection services, HttpMessageHandler handler)
    {
        services.AddHttpClient(SellingPartnerApiClientFactory.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => handler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        return services;
    }
}
