namespace Nop.Core.Domain.Stores;

/// <summary>An entity that can be restricted to stores.</summary>
public partial interface IStoreMappingSupported
{
    bool LimitedToStores { get; set; }
}
