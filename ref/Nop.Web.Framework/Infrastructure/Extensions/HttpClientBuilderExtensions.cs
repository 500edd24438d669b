using Microsoft.Extensions.DependencyInjection;

namespace Nop.Web.Framework.Infrastructure.Extensions;

/// <summary>Stand-in: declaration of nopCommerce 4.90.3 (src/Presentation/Nop.Web.Framework/Infrastructure/Extensions/HttpClientBuilderExtensions.cs).</summary>
public static class HttpClientBuilderExtensions
{
    /// <summary>In nopCommerce: makes the client's primary handler use the store's proxy settings (ProxySettings).</summary>
    public static void WithProxy(this IHttpClientBuilder httpClientBuilder)
    {
    }
}
