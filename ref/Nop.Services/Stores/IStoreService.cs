using Nop.Core.Domain.Stores;

namespace Nop.Services.Stores;

/// <summary>Store service (stand-in: a subset of the members).</summary>
public partial interface IStoreService
{
    Task<IList<Store>> GetAllStoresAsync();

    IList<Store> GetAllStores();

    Task<Store> GetStoreByIdAsync(int storeId);
}
