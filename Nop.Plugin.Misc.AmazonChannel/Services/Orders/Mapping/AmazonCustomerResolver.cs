using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Default customer mapping: one guest per buyer e-mail (Amazon's anonymised relay address), or one shared customer,
/// as the settings of the account's store say. Orders without a buyer e-mail (FBA orders carry none) get a guest of
/// their own.
/// </summary>
public class AmazonCustomerResolver : IAmazonCustomerResolver
{
    private readonly AmazonChannelSettingsProvider _settingsProvider;
    private readonly ICustomerService _customerService;

    public AmazonCustomerResolver(AmazonChannelSettingsProvider settingsProvider, ICustomerService customerService)
    {
        _settingsProvider = settingsProvider;
        _customerService = customerService;
    }

    public async Task<Customer> ResolveAsync(AmazonAccount account, AmazonOrderSnapshot order)
    {
        var settings = await _settingsProvider.ForAccountAsync(account);
        if (settings.CustomerMapping == CustomerMappingMode.SharedCustomer)
        {
            var shared = await _customerService.GetCustomerByIdAsync(settings.SharedCustomerId);
            if (shared is null || shared.Deleted)
                throw new AmazonOrderMappingException(ImportErrorCodes.SharedCustomerMissing, settings.SharedCustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return shared;
        }

        if (!string.IsNullOrWhiteSpace(order.BuyerEmail) && await _customerService.GetCustomerByEmailAsync(order.BuyerEmail) is { Deleted: false } existing)
            return existing;

        var guest = await _customerService.InsertGuestCustomerAsync();
        var (firstName, lastName) = NameSplitter.Split(order.BuyerName ?? order.ShippingAddress?.Name);
        guest.Email = string.IsNullOrWhiteSpace(order.BuyerEmail) ? null : order.BuyerEmail.Trim();
        guest.FirstName = firstName;
        guest.LastName = lastName;
        guest.Company = order.BuyerCompanyName;
        await _customerService.UpdateCustomerAsync(guest);
        return guest;
    }
}
