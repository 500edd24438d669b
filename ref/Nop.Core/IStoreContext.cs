using Nop.Core.Domain.Stores;

namespace Nop.Core;

/// <summary>The current store (stand-in: complete).</summary>
public partial interface IStoreContext
{
    Task<Store> GetCurrentStoreAsync();

    Store GetCurrentStore();

    /// <summary>Store id chosen for store-scoped configuration in the admin area (0 = all stores).</summary>
    Task<int> GetActiveStoreScopeConfigurationAsync();
}
