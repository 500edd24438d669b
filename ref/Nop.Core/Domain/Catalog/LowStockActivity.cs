namespace Nop.Core.Domain.Catalog;

/// <summary>Action taken when stock falls below the minimum.</summary>
public enum LowStockActivity
{
    Nothing = 0,

    DisableBuyButton = 1,

    Unpublish = 2,
}
