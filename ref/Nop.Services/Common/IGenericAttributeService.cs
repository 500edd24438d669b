using Nop.Core;

namespace Nop.Services.Common;

/// <summary>Generic attribute service (stand-in: a subset of the members).</summary>
public partial interface IGenericAttributeService
{
    Task SaveAttributeAsync<TPropType>(BaseEntity entity, string key, TPropType value, int storeId = 0);

    Task<TPropType> GetAttributeAsync<TPropType>(BaseEntity entity, string key, int storeId = 0, TPropType defaultValue = default);
}
