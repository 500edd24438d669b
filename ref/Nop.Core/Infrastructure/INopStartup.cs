using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Nop.Core.Infrastructure;

/// <summary>Registers services and middleware at application start.</summary>
public partial interface INopStartup
{
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    void Configure(IApplicationBuilder application);

    /// <summary>Order among all startups (lower runs first).</summary>
    int Order { get; }
}
