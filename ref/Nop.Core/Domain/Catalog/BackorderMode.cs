namespace Nop.Core.Domain.Catalog;

/// <summary>What happens when stock runs out.</summary>
public enum BackorderMode
{
    NoBackorders = 0,

    AllowQtyBelow0 = 1,

    AllowQtyBelow0AndNotifyCustomer = 2,
}
