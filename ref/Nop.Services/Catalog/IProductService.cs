using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Shipping;

namespace Nop.Services.Catalog;

/// <summary>Product service (stand-in: a subset of the members).</summary>
public partial interface IProductService
{
    Task<Product> GetProductByIdAsync(int productId);

    Task<IList<Product>> GetProductsByIdsAsync(int[] productIds);

    Task UpdateProductAsync(Product product);

    Task<Product> GetProductBySkuAsync(string sku);

    Task<IList<Product>> GetProductsBySkuAsync(string[] skuArray, int vendorId = 0);

    /// <summary>Changes stock by quantityToChange (negative = take from stock).</summary>
    Task AdjustInventoryAsync(Product product, int quantityToChange, string attributesXml = "", string message = "");

    Task BookReservedInventoryAsync(Product product, int warehouseId, int quantity, string message = "");

    /// <summary>Undoes a booking made for a shipment item; returns the quantity reversed.</summary>
    Task<int> ReverseBookedInventoryAsync(Product product, ShipmentItem shipmentItem, string message = "");
}
