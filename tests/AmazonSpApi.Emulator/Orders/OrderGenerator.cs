namespace AmazonSpApi.Emulator;

/// <summary>
/// Seeded deterministic order generator. Order i draws from its own stream (seed, "order", i), so the same seed and
/// options always give the same orders, and raising OrderCount only appends orders.
/// </summary>
internal static class OrderGenerator
{
    public static List<EmulatedOrder> Generate(EmulatorOptions options, DateTimeOffset start)
    {
        var from = options.OrdersFrom ?? start.AddDays(-2);
        var latest = start.AddMinutes(-5);
        if (from > latest)
            from = latest.AddHours(-1);
        var markets = options.MarketplaceIds.Select(Marketplaces.Get).ToArray();
        var orders = new List<EmulatedOrder>(options.OrderCount);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.OrderCount; i++)
            orders.Add(GenerateOne(options, i, start, from, latest, markets, ids));
        return orders.OrderBy(o => o.CreatedTime).ThenBy(o => o.OrderId, StringComparer.Ordinal).ToList();
    }

    /// <summary>More orders placed just now (created three minutes ago, so searchOrders' default createdBefore includes them).</summary>
    public static List<EmulatedOrder> GenerateMore(EmulatorOptions options, int firstIndex, int count, DateTimeOffset now, IEnumerable<string> existingIds)
    {
        var markets = options.MarketplaceIds.Select(Marketplaces.Get).ToArray();
        var ids = new HashSet<string>(existingIds, StringComparer.Ordinal);
        var latest = now.AddMinutes(-3);
        var from = latest.AddMinutes(-1);
        return Enumerable.Range(firstIndex, count)
            .Select(i => GenerateOne(options, i, now, from, latest, markets, ids))
            .OrderBy(o => o.CreatedTime).ThenBy(o => o.OrderId, StringComparer.Ordinal)
            .ToList();
    }

    private static EmulatedOrder GenerateOne(EmulatorOptions options, int index, DateTimeOffset start, DateTimeOffset from,
        DateTimeOffset latest, MarketplaceInfo[] markets, HashSet<string> ids)
    {
        var r = StableRandom.For(options.Seed, "order", index);
        var mix = options.Mix;
        var market = r.Pick(markets);

        // Draw every trait in a fixed order so streams stay stable whatever the fractions are.
        var isFba = r.Chance(mix.Fba);
        var isPrime = r.Chance(mix.Prime);
        var isBusiness = r.Chance(mix.Business);
        var isPremium = r.Chance(mix.PremiumOrSecondDay);
        var nextDay = r.Chance(0.5);
        var multiItem = r.Chance(mix.MultiItem);
        var multiQuantity = r.Chance(mix.MultiQuantity);
        var gift = r.Chance(mix.GiftMessage);
        var custom = r.Chance(mix.AmazonCustom);
        var pendingFirst = r.Chance(mix.PendingFirst);
        var amazonCancelled = r.Chance(mix.AmazonCancelled);
        var buyerCancel = r.Chance(mix.BuyerCancelRequested);
        var alreadyShipped = r.Chance(mix.AlreadyShipped);
        var returned = r.Chance(mix.Returned);
        var promotion = r.Chance(0.1);
        var positionDraw = r.NextDouble();

        var pendingWindow = options.PendingDuration - TimeSpan.FromMinutes(6);
        var created = pendingFirst && !amazonCancelled && pendingWindow > TimeSpan.Zero
            ? latest - pendingWindow * positionDraw
            : from + (latest - from) * positionDraw;
        created = TruncateToSecond(created);

        var orderId = NewOrderId(r, market, ids);
        var first = r.Pick(Catalog.FirstNames);
        var last = r.Pick(Catalog.LastNames);
        var sample = r.Pick(Marketplaces.SampleAddresses(market.CountryCode));
        var company = isBusiness ? r.Pick(Catalog.Companies) : null;
        var address = new EmulatedAddress(
            $"{first} {last}", sample.Street, r.Chance(0.3) ? $"Apt {r.Next(1, 40)}" : null, sample.City, sample.State,
            sample.PostalCode, market.CountryCode, isFba ? null : "+1 206-555-" + r.Digits(4),
            isBusiness ? "COMMERCIAL" : "RESIDENTIAL", company);

        var serviceLevel = isPremium ? (nextDay ? "NEXT_DAY" : "SECOND_DAY") : "STANDARD";
        var order = new EmulatedOrder
        {
            OrderId = orderId,
            Marketplace = market,
            CreatedTime = created,
            IsFba = isFba,
            IsPrime = isPrime,
            IsBusiness = isBusiness,
            IsPremium = isPremium,
            ServiceLevel = serviceLevel,
            BuyerName = $"{first} {last}",
            BuyerEmail = $"{r.Alphanumeric(16).ToLowerInvariant()}@marketplace.{market.DomainName["www.".Length..]}",
            BuyerCompanyName = company,
            BuyerPurchaseOrderNumber = isBusiness && r.Chance(0.7) ? "PO-" + r.Digits(6) : null,
            ShippingAddress = address,
            ShipByEarliest = created,
            ShipByLatest = created.AddDays(isPremium ? 1 : 2),
            DeliverByEarliest = created.AddDays(isPremium ? (nextDay ? 1 : 2) : 3),
            DeliverByLatest = created.AddDays(isPremium ? (nextDay ? 1 : 2) : 7),
            LastUpdatedTime = created,
        };

        var itemCount = multiItem ? r.Next(2, 5) : 1;
        var products = Catalog.Products.OrderBy(_ => r.NextUInt64()).Take(itemCount).ToArray();
        for (var i = 0; i < products.Length; i++)
        {
            var quantity = i == 0 && multiQuantity ? r.Next(2, 5) : 1;
            order.ItemList.Add(NewItem(r, market, products[i], quantity, i == 0, isFba || isPrime, isPremium, isBusiness,
                gift && i == 0, custom && i == 0 && !isFba, promotion && i == 0));
        }

        ApplyLifecycle(order, r, start, options.PendingDuration, pendingFirst, amazonCancelled, buyerCancel, alreadyShipped, returned,
            StableRandom.Draw(options.Seed, "cancelledLine", index) < mix.CancelledLineInShippedOrder);
        return order;
    }

    private static void ApplyLifecycle(EmulatedOrder order, StableRandom r, DateTimeOffset start, TimeSpan pendingDuration,
        bool pendingFirst, bool amazonCancelled, bool buyerCancel, bool alreadyShipped, bool returned, bool cancelledLine)
    {
        var cap = start.AddMinutes(-3);
        DateTimeOffset Later(TimeSpan by)
        {
            var t = Min(order.CreatedTime + by, cap);
            return t < order.CreatedTime ? order.CreatedTime : t;
        }

        if (amazonCancelled)
        {
            var reason = r.Pick(Catalog.AmazonCancelReasons);
            foreach (var item in order.ItemList)
            {
                item.QuantityCancelled = item.QuantityOrdered;
                item.CancelledBy = "AMAZON";
                item.CancelReason = reason;
            }

            order.Status = FulfillmentStatuses.Cancelled;
            order.LastUpdatedTime = TruncateToSecond(Later(TimeSpan.FromMinutes(r.Next(10, 90))));
            return;
        }

        if (pendingFirst)
        {
            order.PendingUntil = order.CreatedTime + pendingDuration;
            if (order.PendingUntil > start)
                order.Status = FulfillmentStatuses.Pending;
            else
            {
                order.Status = FulfillmentStatuses.Unshipped;
                order.LastUpdatedTime = order.PendingUntil.Value;
            }
        }

        var shipNow = order.Status != FulfillmentStatuses.Pending && (order.IsFba || alreadyShipped);
        if (shipNow)
        {
            var shipTime = TruncateToSecond(Later(TimeSpan.FromHours(r.Next(2, 24))));
            if (cancelledLine && alreadyShipped && !order.IsFba && order.ItemList.Count > 1)
            {
                var cancelled = order.ItemList[^1];
                cancelled.QuantityCancelled = cancelled.QuantityOrdered;
                cancelled.CancelledBy = "MERCHANT";
                cancelled.CancelReason = "NoInventory";
            }

            foreach (var item in order.ItemList)
                item.QuantityShipped = item.QuantityActive;
            if (!order.IsFba)
            {
                order.PackageList.Add(new EmulatedPackage("1", "UPS", "UPS Ground", "1Z" + r.Alphanumeric(16).ToUpperInvariant(), shipTime, shipTime,
                    order.ItemList.Where(i => i.QuantityActive > 0).Select(i => new EmulatedPackageItem(i.OrderItemId, i.QuantityActive)).ToArray(), "generator"));
            }

            order.Status = FulfillmentStatuses.Shipped;
            order.LastUpdatedTime = shipTime;
            if (returned)
            {
                order.HasReturn = true;
                order.ReturnRequestDate = TruncateToSecond(Min(shipTime.AddHours(r.Next(1, 30)), cap));
            }

            return;
        }

        if (buyerCancel && !order.IsFba)
        {
            var reason = r.Pick(Catalog.BuyerCancelReasons);
            foreach (var item in order.ItemList)
                item.CancellationRequestReason = reason;
            if (order.Status != FulfillmentStatuses.Pending)
                order.LastUpdatedTime = TruncateToSecond(Later(TimeSpan.FromMinutes(r.Next(5, 120))));
        }
    }

    private static EmulatedOrderItem NewItem(StableRandom r, MarketplaceInfo market, CatalogProduct product, int quantity, bool firstItem,
        bool freeShipping, bool premium, bool business, bool gift, bool custom, bool promotion)
    {
        var unit = Money(product.BasePriceUsd * market.PriceFactor * (business ? 0.95m : 1m), market);
        var shipping = freeShipping ? 0m : Money((firstItem ? 4.99m : 0m) + (premium ? 5m : 0m), market);
        var giftWrap = gift ? Money(3.99m * market.PriceFactor, market) : 0m;
        var discount = promotion ? Money(unit * 0.1m, market) : 0m;
        // Tax-included marketplaces: the shelf price holds the tax, worked out per unit so that the unit price without
        // tax times the quantity is the line's ITEM amount exactly (as in Amazon's examples). Tax is on the price after
        // the promotion everywhere.
        var taxShare = market.TaxRate / (1 + market.TaxRate);
        var unitTax = market.TaxIncluded ? Money(unit * taxShare, market) : 0m;
        var discountTax = market.TaxIncluded ? Money(discount * taxShare, market) : 0m;
        var itemTax = market.TaxIncluded ? unitTax * quantity - discountTax : Money((unit * quantity - discount) * market.TaxRate, market);
        var shippingTax = market.TaxIncluded ? Money(shipping * taxShare, market) : Money(shipping * market.TaxRate, market);
        return new EmulatedOrderItem
        {
            OrderItemId = r.Digits(14),
            Sku = product.Sku,
            Asin = product.Asin,
            Title = product.Title,
            QuantityOrdered = quantity,
            UnitPrice = unit,
            UnitTax = unitTax,
            ShippingPrice = shipping,
            ItemTax = itemTax,
            ShippingTax = shippingTax,
            ItemTaxIncludedInPrice = market.TaxIncluded,
            GiftWrapPrice = giftWrap,
            GiftMessage = gift ? r.Pick(Catalog.GiftMessages) : null,
            GiftWrapLevel = gift ? "Classic" : null,
            CustomizedUrl = custom && product.Customizable
                ? $"https://zme-caps.amazon.com/t/{r.Alphanumeric(12)}/{r.Alphanumeric(24)}/1"
                : null,
            BusinessPrice = business,
            PromotionDiscount = discount,
            PromotionDiscountTax = discountTax,
            PromotionId = promotion ? "EMU-PROMO-10OFF" : null,
        };
    }

    private static string NewOrderId(StableRandom r, MarketplaceInfo market, HashSet<string> ids)
    {
        while (true)
        {
            var id = $"{market.OrderIdPrefix}{r.Next(1, 7)}-{r.Digits(7)}-{r.Digits(7)}";
            if (ids.Add(id))
                return id;
        }
    }

    internal static decimal Money(decimal value, MarketplaceInfo market) =>
        Math.Round(value, market.CurrencyDecimals, MidpointRounding.AwayFromZero);

    internal static DateTimeOffset TruncateToSecond(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
