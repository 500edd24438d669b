using Nop.Core.Domain.Common;
using Nop.Core.Domain.Orders;
using Nop.Services.Common;
using Nop.Services.Customers;
using Nop.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Privacy;

/// <summary>What was erased in nopCommerce's tables for one order.</summary>
public sealed record StoreErasure(int Addresses, int Customers, int Notes);

/// <summary>
/// Erases an Amazon buyer's personal data in nopCommerce's tables: the order's billing, shipping and pickup
/// addresses, the guest customer the import created for the buyer (with its addresses) and the order notes that
/// quote the buyer (gift messages). Kept for tax records: country, state/region, postal code on the addresses, and
/// every amount of the order. A registered customer or the shared customer of all Amazon orders is never touched.
/// </summary>
public class StoreBuyerDataEraser
{
    /// <summary>The domain of the relay e-mail addresses Amazon gives buyers ("...@marketplace.amazon.com", ".de", ...).</summary>
    public const string AmazonRelayDomain = "@marketplace.amazon.";

    /// <summary>The start of the order notes the import writes with the buyer's gift message.</summary>
    public const string GiftMessageNotePrefix = "Gift message for ";

    private readonly IOrderService _orderService;
    private readonly IAddressService _addressService;
    private readonly ICustomerService _customerService;

    public StoreBuyerDataEraser(IOrderService orderService, IAddressService addressService, ICustomerService customerService)
    {
        _orderService = orderService;
        _addressService = addressService;
        _customerService = customerService;
    }

    public async Task<StoreErasure> EraseAsync(Order order, AmazonChannelSettings settings)
    {
        var addresses = 0;
        foreach (var addressId in new int?[] { order.BillingAddressId, order.ShippingAddressId, order.PickupAddressId }.OfType<int>().Distinct())
            addresses += await EraseAddressAsync(addressId);

        var customers = 0;
        var customer = await _customerService.GetCustomerByIdAsync(order.CustomerId);
        if (customer is not null && await IsBuyersOwnGuestAsync(customer, settings))
        {
            foreach (var address in await _customerService.GetAddressesByCustomerIdAsync(customer.Id))
                addresses += await EraseAddressAsync(address.Id);
            customer.Email = null;
            customer.Username = null;
            customer.FirstName = null;
            customer.LastName = null;
            customer.Company = null;
            customer.StreetAddress = null;
            customer.StreetAddress2 = null;
            customer.City = null;
            customer.County = null;
            customer.Phone = null;
            customer.Fax = null;
            customer.VatNumber = null;
            customer.LastIpAddress = null;
            await _customerService.UpdateCustomerAsync(customer);
            customers++;
        }

        var notes = 0;
        foreach (var note in await _orderService.GetOrderNotesByOrderIdAsync(order.Id))
        {
            if (note.Note?.StartsWith(GiftMessageNotePrefix, StringComparison.Ordinal) != true)
                continue;
            await _orderService.DeleteOrderNoteAsync(note);
            notes++;
        }

        return new StoreErasure(addresses, customers, notes);
    }

    /// <summary>A guest (not registered), not the shared customer, whose e-mail is Amazon's relay address or none.</summary>
    private async Task<bool> IsBuyersOwnGuestAsync(Nop.Core.Domain.Customers.Customer customer, AmazonChannelSettings settings)
    {
        if (customer.Id == settings.SharedCustomerId || customer.IsSystemAccount)
            return false;
        if (await _customerService.IsRegisteredAsync(customer) || !await _customerService.IsGuestAsync(customer))
            return false;
        return string.IsNullOrEmpty(customer.Email) || customer.Email.Contains(AmazonRelayDomain, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<int> EraseAddressAsync(int addressId)
    {
        if (await _addressService.GetAddressByIdAsync(addressId) is not { } address)
            return 0;
        Anonymize(address);
        await _addressService.UpdateAddressAsync(address);
        return 1;
    }

    /// <summary>Blanks everything that names or reaches the buyer; keeps country, state/region and postal code.</summary>
    public static void Anonymize(Address address)
    {
        address.FirstName = null;
        address.LastName = null;
        address.Email = null;
        address.Company = null;
        address.Address1 = null;
        address.Address2 = null;
        address.City = null;
        address.County = null;
        address.PhoneNumber = null;
        address.FaxNumber = null;
        address.CustomAttributes = null;
    }
}
