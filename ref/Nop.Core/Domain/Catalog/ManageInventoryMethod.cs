namespace Nop.Core.Domain.Catalog;

/// <summary>How a product's inventory is tracked.</summary>
public enum ManageInventoryMethod
{
    DontManageStock = 0,

    ManageStock = 1,

    ManageStockByAttributes = 2,
}
