using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Auth;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;

namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;

public static class SellingPartnerApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the shared rate limiters, token cache and the client factory as singletons, and the named HTTP client
    /// <see cref="SellingPartnerApiClientFactory.HttpClientName"/>.
    /// </summary>
    public static IServiceCollection AddAmazonSellingPartnerApi(this IServiceCollection services)
    {
        services.AddHttpClient(SellingPartnerApiClientFactory.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new RateLimiterRegistry(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<LwaTokenCache>();
        services.TryAddSingleton(provider => new SellingPartnerApiClientFactory(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetRequiredService<RateLimiterRegistry>(),
            provider.GetRequiredService<LwaTokenCache>()));
        return services;
    }
}
