using Nop.Core;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Payments;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Tax;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Maps an Amazon order to an unsaved store order the way nopCommerce's own order importer builds one: customer,
/// billing and shipping addresses, lines by SKU, totals converted to the primary store currency (nopCommerce stores
/// totals in the primary currency with the customer currency's rate beside them), payment status paid.
/// Every reason the order cannot map is an <see cref="AmazonOrderMappingException"/>, all unknown SKUs at once.
/// Money: lines, shipping and tax are Amazon's amounts (without tax, the tax beside them); the order total is Amazon's
/// own total, and an order whose amounts do not add up to it is refused (<see cref="AmazonOrderReconciliation"/>).
/// </summary>
public class AmazonOrderMapper
{
    public const string PaymentMethodSystemName = "Amazon";

    private readonly IAmazonCustomerResolver _customerResolver;
    private readonly IAmazonAddressMapper _addressMapper;
    private readonly IAmazonProductResolver _productResolver;
    private readonly IAmazonOrderNotesBuilder _notesBuilder;
    private readonly ICurrencyService _currencyService;
    private readonly CurrencySettings _currencySettings;
    private readonly IStoreContext _storeContext;
    private readonly OrderSettings _orderSettings;

    public AmazonOrderMapper(IAmazonCustomerResolver customerResolver,
        IAmazonAddressMapper addressMapper,
        IAmazonProductResolver productResolver,
        IAmazonOrderNotesBuilder notesBuilder,
        ICurrencyService currencyService,
        CurrencySettings currencySettings,
        IStoreContext storeContext,
        OrderSettings orderSettings)
    {
        _orderSettings = orderSettings;
        _customerResolver = customerResolver;
        _addressMapper = addressMapper;
        _productResolver = productResolver;
        _notesBuilder = notesBuilder;
        _currencyService = currencyService;
        _currencySettings = currencySettings;
        _storeContext = storeContext;
    }

    public async Task<NativeOrderPlan> MapAsync(AmazonAccount account, AmazonOrderSnapshot order)
    {
        if (order.Items.Count == 0)
            throw new AmazonOrderMappingException(ImportErrorCodes.NoItems, order.AmazonOrderId);

        if (AmazonOrderReconciliation.Mismatch(order) is { } mismatch)
            throw mismatch;

        var products = await ResolveProductsAsync(account.Id, order);
        var currencyRate = await GetCurrencyRateAsync(order.AmazonOrderId, order.CurrencyCode);
        var store = account.StoreId > 0 ? null : await _storeContext.GetCurrentStoreAsync();
        var customer = await _customerResolver.ResolveAsync(account, order);

        var shippingAddress = order.ShippingAddress is null ? null : await _addressMapper.MapAsync(order.ShippingAddress, order.BuyerEmail);
        if (shippingAddress is null && order.FulfillmentChannel == AmazonFulfillmentChannel.Merchant)
            throw new AmazonOrderMappingException(ImportErrorCodes.NoShippingAddress, order.AmazonOrderId);

        var billingAddress = order.BillingAddress is not null
            ? await _addressMapper.MapAsync(order.BillingAddress, order.BuyerEmail)
            : shippingAddress is not null ? CopyOf(shippingAddress) : BuyerOnlyAddress(order);

        var items = order.Items.Select(item => new PlannedOrderItem(item, products[item.AmazonOrderItemId], MapItem(account.Id, order, item, products[item.AmazonOrderItemId], currencyRate))).ToList();
        var nativeOrder = MapOrder(account, order, customer.Id, store?.Id ?? account.StoreId, store?.DefaultLanguageId ?? customer.LanguageId ?? 0, currencyRate, items);
        nativeOrder.OrderStatus = StoreOrderStatusRule.For(OrderStatus.Pending, nativeOrder.PaymentStatus, nativeOrder.ShippingStatus, _orderSettings);

        return new NativeOrderPlan
        {
            Customer = customer,
            Order = nativeOrder,
            BillingAddress = billingAddress,
            ShippingAddress = shippingAddress,
            Items = items,
            Notes = [.. _notesBuilder.Build(order)]
        };
    }

    private async Task<Dictionary<string, ResolvedProduct>> ResolveProductsAsync(int accountId, AmazonOrderSnapshot order)
    {
        var resolved = new Dictionary<string, ResolvedProduct>();
        var unknown = new List<string>();
        foreach (var item in order.Items)
        {
            if (await _productResolver.ResolveAsync(accountId, item.SellerSku) is { } product)
                resolved[item.AmazonOrderItemId] = product;
            else
                unknown.Add(item.SellerSku);
        }

        if (unknown.Count > 0)
            throw new AmazonOrderMappingException(ImportErrorCodes.UnknownSku, order.AmazonOrderId, string.Join(", ", unknown.Distinct().Select(sku => $"'{sku}'")));

        return resolved;
    }

    /// <summary>Units of the order currency per unit of the primary store currency.</summary>
    private async Task<decimal> GetCurrencyRateAsync(string orderId, string currencyCode)
    {
        var currency = string.IsNullOrWhiteSpace(currencyCode) ? null : await _currencyService.GetCurrencyByCodeAsync(currencyCode.Trim());
        if (currency is null || currency.Rate <= 0)
            throw new AmazonOrderMappingException(ImportErrorCodes.UnknownCurrency, orderId, currencyCode.Length <= 3 ? currencyCode : currencyCode[..3] + "…");

        var primary = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        if (primary is null || primary.Rate <= 0)
            throw new AmazonOrderMappingException(ImportErrorCodes.NoPrimaryCurrency);

        return currency.Rate / primary.Rate;
    }

    private static OrderItem MapItem(int accountId, AmazonOrderSnapshot order, AmazonOrderItemSnapshot item, ResolvedProduct product, decimal rate)
    {
        var quantity = Math.Max(1, item.QuantityOrdered);
        var priceExclTax = ToPrimary(item.ItemPrice + item.GiftWrapPrice - item.ItemDiscount, rate);
        var priceInclTax = ToPrimary(item.ItemPrice + item.GiftWrapPrice - item.ItemDiscount + item.ItemTax, rate);
        var discountExclTax = ToPrimary(item.ItemDiscount, rate);

        return new OrderItem
        {
            OrderItemGuid = DeterministicGuid.ForOrderItem(accountId, order.AmazonOrderId, item.AmazonOrderItemId),
            ProductId = product.Product.Id,
            Quantity = item.QuantityOrdered,
            UnitPriceExclTax = Round(priceExclTax / quantity),
            UnitPriceInclTax = Round(priceInclTax / quantity),
            PriceExclTax = priceExclTax,
            PriceInclTax = priceInclTax,
            DiscountAmountExclTax = discountExclTax,
            DiscountAmountInclTax = discountExclTax,
            OriginalProductCost = product.Product.ProductCost,
            AttributesXml = product.AttributesXml,
            AttributeDescription = string.Empty,
            ItemWeight = product.Product.Weight * item.QuantityOrdered
        };
    }

    private static Order MapOrder(AmazonAccount account, AmazonOrderSnapshot order, int customerId, int storeId, int languageId, decimal rate, IReadOnlyList<PlannedOrderItem> items)
    {
        var state = AmazonOrderState.Of(order);
        var isPaid = state.IsPaid;
        var shippingStatus = state.StoreShippingStatus;
        var subtotalExcl = items.Sum(i => i.Item.PriceExclTax);
        var subtotalIncl = items.Sum(i => i.Item.PriceInclTax);
        var shippingExcl = ToPrimary(order.Items.Sum(i => i.ShippingPrice - i.ShippingDiscount), rate);
        var shippingIncl = ToPrimary(order.Items.Sum(i => i.ShippingPrice - i.ShippingDiscount + i.ShippingTax), rate);
        var tax = ToPrimary(order.Items.Sum(i => i.ItemTax + i.ShippingTax), rate);
        var otherCharges = ToPrimary(order.Items.Sum(i => i.OtherCharges) + order.OrderCharges, rate);
        var taxBase = subtotalExcl + shippingExcl;
        var taxRate = taxBase > 0 ? Math.Round(tax / taxBase * 100, 4) : 0;

        return new Order
        {
            OrderGuid = DeterministicGuid.ForOrder(account.Id, order.AmazonOrderId),
            CustomOrderNumber = order.AmazonOrderId,
            StoreId = storeId,
            CustomerId = customerId,
            OrderStatus = OrderStatus.Pending, // the store's rule decides it from payment and shipping (MapAsync)
            PaymentStatus = isPaid ? PaymentStatus.Paid : PaymentStatus.Pending,
            PaidDateUtc = isPaid ? order.PurchaseDateUtc : null,
            ShippingStatus = shippingStatus,
            PaymentMethodSystemName = PaymentMethodSystemName,
            CustomerCurrencyCode = order.CurrencyCode.Trim().ToUpperInvariant(),
            CurrencyRate = rate,
            CustomerTaxDisplayType = TaxDisplayType.ExcludingTax,
            CustomerLanguageId = languageId,
            OrderSubtotalExclTax = subtotalExcl,
            OrderSubtotalInclTax = subtotalIncl,
            OrderShippingExclTax = shippingExcl,
            OrderShippingInclTax = shippingIncl,
            PaymentMethodAdditionalFeeExclTax = otherCharges,
            PaymentMethodAdditionalFeeInclTax = otherCharges,
            OrderTax = tax,
            TaxRates = FormattableString.Invariant($"{taxRate}:{tax};"),
            OrderTotal = ToPrimary(order.AmazonOrderTotal ?? order.OrderTotal, rate),
            ShippingMethod = string.IsNullOrWhiteSpace(order.ShipServiceLevel) ? "Amazon" : $"Amazon {order.ShipServiceLevel}",
            ShippingRateComputationMethodSystemName = PaymentMethodSystemName,
            VatNumber = string.Empty,
            CheckoutAttributeDescription = string.Empty,
            CheckoutAttributesXml = string.Empty,
            CustomerIp = string.Empty,
            CardType = string.Empty,
            CardName = string.Empty,
            CardNumber = string.Empty,
            MaskedCreditCardNumber = string.Empty,
            CardCvv2 = string.Empty,
            CardExpirationMonth = string.Empty,
            CardExpirationYear = string.Empty,
            AuthorizationTransactionId = string.Empty,
            AuthorizationTransactionCode = string.Empty,
            AuthorizationTransactionResult = string.Empty,
            CaptureTransactionId = string.Empty,
            CaptureTransactionResult = string.Empty,
            SubscriptionTransactionId = string.Empty,
            CreatedOnUtc = order.PurchaseDateUtc
        };
    }

    private static Address CopyOf(Address address) => new()
    {
        FirstName = address.FirstName,
        LastName = address.LastName,
        Email = address.Email,
        Company = address.Company,
        CountryId = address.CountryId,
        StateProvinceId = address.StateProvinceId,
        County = address.County,
        City = address.City,
        Address1 = address.Address1,
        Address2 = address.Address2,
        ZipPostalCode = address.ZipPostalCode,
        PhoneNumber = address.PhoneNumber,
        CreatedOnUtc = address.CreatedOnUtc
    };

    /// <summary>FBA orders may come without any address; nopCommerce still needs a billing address row.</summary>
    private static Address BuyerOnlyAddress(AmazonOrderSnapshot order)
    {
        var (firstName, lastName) = NameSplitter.Split(order.BuyerName);
        return new Address { FirstName = firstName ?? "Amazon", LastName = lastName ?? "buyer", Email = order.BuyerEmail, CreatedOnUtc = order.PurchaseDateUtc };
    }

    private static decimal ToPrimary(decimal amount, decimal rate) => Round(amount / rate);

    private static decimal Round(decimal amount) => Math.Round(amount, 4, MidpointRounding.AwayFromZero);
}
