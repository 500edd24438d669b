using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// Changes on Amazon after an order was imported (channel switched, status gone back, items or quantities changed) are
/// flagged on that order with a code and arguments, neither applied to the store order nor ignored, and clear by
/// themselves once Amazon agrees with the store order again.
/// </summary>
public class OrderChangesAfterImportTests : ImportTestBase
{
    private const string Id = "113-0000009-0000001";

    [Test]
    public async Task MerchantToAmazonFulfilment_IsFlagged_NotApplied_AndClearsWhenSwitchedBack()
    {
        var order = TestOrders.Order(Id);
        await Harness.ImportAsync(order);
        var storeOrder = Harness.Store.Orders.Single();

        var outcome = await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with { FulfillmentChannel = AmazonFulfillmentChannel.Amazon });

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Updated));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.Code, error.GetArguments()), Is.EqualTo(("Import.FulfillmentChannelChanged", (IReadOnlyList<string>)[Id, "MERCHANT", "AMAZON"])));
        var link = await Harness.LinkAsync(Id);
        Assert.That((link.FulfillmentChannel, link.SyncStatus, link.LastError), Is.EqualTo((AmazonFulfillmentChannel.Merchant, AmazonOrderSyncStatus.Imported, error.Message)));
        Assert.That(storeOrder.ShippingStatus, Is.EqualTo(ShippingStatus.NotYetShipped), "an FBA order counts as shipped by Amazon: that is not applied");
        Assert.That(Harness.Store.NotesOf(storeOrder), Has.None.Contains("Shipped by Amazon"));

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped, 120));

        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
        Assert.That((await Harness.LinkAsync(Id)).LastError, Is.Null);
    }

    [Test]
    public async Task AmazonToMerchantFulfilment_IsFlagged()
    {
        Harness.Settings.ImportFbaOrders = true;
        var order = TestOrders.Order(Id) with { FulfillmentChannel = AmazonFulfillmentChannel.Amazon };
        await Harness.ImportAsync(order);
        Assert.That(Harness.Store.Orders, Has.Count.EqualTo(1));

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with { FulfillmentChannel = AmazonFulfillmentChannel.Merchant });

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.GetArguments(), Is.EqualTo(new[] { Id, "AMAZON", "MERCHANT" }));
        Assert.That((await Harness.LinkAsync(Id)).FulfillmentChannel, Is.EqualTo(AmazonFulfillmentChannel.Amazon));
    }

    [Test]
    public async Task ShippedGoingBack_IsFlaggedWhileItLasts_TheLinkAndStoreOrderStayShipped()
    {
        var order = TestOrders.Order(Id, AmazonOrderStatus.Shipped);
        await Harness.ImportAsync(order);
        var storeOrder = Harness.Store.Orders.Single();
        Assert.That(storeOrder.ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.Code, error.GetArguments()), Is.EqualTo(("Import.StatusWentBack", (IReadOnlyList<string>)[Id, "SHIPPED", "UNSHIPPED"])));

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.PartiallyShipped, 120));
        var refreshed = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((refreshed.Id, refreshed.GetArguments()[2]), Is.EqualTo((error.Id, "PARTIALLY_SHIPPED")), "one open error, refreshed");
        Assert.That((await Harness.LinkAsync(Id)).AmazonOrderStatus, Is.EqualTo(AmazonOrderStatus.Shipped));
        Assert.That(storeOrder.ShippingStatus, Is.EqualTo(ShippingStatus.Shipped));
        Assert.That(Harness.Store.Warnings.Count(line => line.Contains("Import.StatusWentBack")), Is.EqualTo(1), "logged when raised, not on every read");

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Shipped, 180));

        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
        Assert.That((await Harness.LinkAsync(Id)).LastError, Is.Null);
    }

    [Test]
    public async Task PartiallyShippedGoingBackToUnshipped_IsFlagged_GoingForwardIsNot()
    {
        var order = TestOrders.Order(Id, AmazonOrderStatus.Unshipped);
        await Harness.ImportAsync(order);
        await Harness.ImportAsync(order.Later(AmazonOrderStatus.PartiallyShipped));
        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Shipped, 120));
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty, "forward steps are applied, not flagged");

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.PartiallyShipped, 180));

        Assert.That((await Harness.OpenErrorsAsync()).Single().Code, Is.EqualTo("Import.StatusWentBack"));
    }

    [Test]
    public async Task ChangedQuantity_IsFlagged_TheLinesStayAsImported_AndClearsWhenAmazonMatchesAgain()
    {
        Harness.Store.AddProduct("SKU-2");
        var order = TestOrders.Order(Id, AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", Id + "-1"));
        await Harness.ImportAsync(order);
        var storeOrder = Harness.Store.Orders.Single();
        var linesBefore = Harness.Store.ItemsOf(storeOrder).Select(item => (item.ProductId, item.Quantity)).ToList();

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with
        {
            Items = [TestOrders.Item("SKU-1", Id + "-1", quantity: 3), TestOrders.Item("SKU-2", Id + "-2")]
        });

        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That((error.Code, error.GetArguments()), Is.EqualTo(("Import.ItemsChanged", (IReadOnlyList<string>)[Id, "2",
            $"order item {Id}-1 (SKU SKU-1) 3 on Amazon, 1 imported; order item {Id}-2 (SKU SKU-2) 1 on Amazon, 0 imported"])), "every differing line is named");
        var itemLinks = await Harness.ItemLinksAsync((await Harness.LinkAsync(Id)).Id);
        Assert.That(itemLinks.Select(item => (item.AmazonOrderItemId, item.QuantityOrdered)), Is.EqualTo(new[] { (Id + "-1", 1) }));
        Assert.That(Harness.Store.ItemsOf(storeOrder).Select(item => (item.ProductId, item.Quantity)), Is.EqualTo(linesBefore));
        Assert.That(Harness.Store.InventoryMoves, Has.Count.EqualTo(1), "no stock is taken for the change");

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped, 120));

        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
    }

    [Test]
    public async Task ARemovedItem_IsFlaggedWithQuantityZeroOnAmazon()
    {
        Harness.Store.AddProduct("SKU-2");
        var order = TestOrders.Order(Id, AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", Id + "-1"), TestOrders.Item("SKU-2", Id + "-2", quantity: 2));
        await Harness.ImportAsync(order);

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with { Items = [TestOrders.Item("SKU-1", Id + "-1")] });

        Assert.That((await Harness.OpenErrorsAsync()).Single().GetArguments(), Is.EqualTo(new[] { Id, "1", $"order item {Id}-2 (SKU SKU-2) 0 on Amazon, 2 imported" }));
    }

    [Test]
    public async Task InAShippedOrder_ALineLeftOutOrAdded_IsHowSourcesShowACancelledLine_NotAChange()
    {
        Harness.Store.AddProduct("SKU-2");
        var order = TestOrders.Order(Id, AmazonOrderStatus.Shipped, TestOrders.Item("SKU-1", Id + "-1"));
        await Harness.ImportAsync(order);

        // The Orders API keeps a line cancelled before shipping; the order report leaves it out.
        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Shipped) with { Items = [TestOrders.Item("SKU-1", Id + "-1"), TestOrders.Item("SKU-2", Id + "-2")] });
        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Shipped, 120) with { Items = [TestOrders.Item("SKU-1", Id + "-1", quantity: 4)] });
        Assert.That((await Harness.OpenErrorsAsync()).Single().GetArguments(), Is.EqualTo(new[] { Id, "1", $"order item {Id}-1 (SKU SKU-1) 4 on Amazon, 1 imported" }),
            "a quantity change of a known line is still a change");
    }

    [Test]
    public async Task SeveralChanges_AreEachFlagged_WithoutBuyerData()
    {
        var order = TestOrders.Order(Id, AmazonOrderStatus.Shipped);
        await Harness.ImportAsync(order);

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with
        {
            FulfillmentChannel = AmazonFulfillmentChannel.Amazon,
            Items = [TestOrders.Item("SKU-1", Id + "-1", quantity: 2)]
        });

        var errors = await Harness.OpenErrorsAsync();
        Assert.That(errors.Select(error => error.Code), Is.EquivalentTo(new[] { "Import.FulfillmentChannelChanged", "Import.StatusWentBack", "Import.ItemsChanged" }));
        var text = errors.Select(error => error.Message + error.Arguments + error.Details).Concat(Harness.Store.LogLines).ToList();
        foreach (var buyerData in new[] { "Jane", "jane@", "Terry", "Seattle", "98109", "555" })
            Assert.That(text, Has.None.Contains(buyerData));
    }

    [Test]
    public async Task AnUnchangedReRead_FlagsNothing_AndClearsAnEarlierSetAside()
    {
        var order = TestOrders.Order(Id);
        await Harness.ImportAsync(order);
        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped));

        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
        Assert.That(Harness.Store.Warnings, Is.Empty);
    }

    [Test]
    public async Task ACancellationAfterAFlag_ClearsTheFlag_AndCancelsAsUsual()
    {
        var order = TestOrders.Order(Id);
        await Harness.ImportAsync(order);
        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with { Items = [TestOrders.Item("SKU-1", Id + "-1", quantity: 2)] });
        Assert.That(await Harness.OpenErrorsAsync(), Has.Count.EqualTo(1));

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Canceled, 120));

        Assert.That(await Harness.OpenErrorsAsync(), Is.Empty);
        Assert.That(Harness.Store.Orders.Single().OrderStatus, Is.EqualTo(Nop.Core.Domain.Orders.OrderStatus.Cancelled));
    }

    [Test]
    public async Task AReReadWithTwoItemsOfOneOrderItemId_IsRejected_NotMerged_AndTheImportedLinesStay()
    {
        var order = TestOrders.Order(Id, AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", Id + "-1"));
        await Harness.ImportAsync(order);
        var storeOrder = Harness.Store.Orders.Single();

        var outcome = await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with
        {
            Items = [TestOrders.Item("SKU-1", Id + "-1"), TestOrders.Item("SKU-1", Id + "-1")]
        });

        Assert.That(outcome, Is.EqualTo(OrderImportOutcome.Failed));
        Assert.That((await Harness.OpenErrorsAsync()).Single().Code, Is.EqualTo("Import.DuplicateOrderItem"));
        var link = await Harness.LinkAsync(Id);
        Assert.That((link.SyncStatus, link.OrderId), Is.EqualTo((AmazonOrderSyncStatus.Imported, (int?)storeOrder.Id)));
        Assert.That((await Harness.ItemLinksAsync(link.Id)).Select(item => item.QuantityOrdered), Is.EqualTo(new[] { 1 }));
        Assert.That(Harness.Store.ItemsOf(storeOrder).Sum(item => item.Quantity), Is.EqualTo(1));
    }

    [Test]
    public async Task ManyLinesChanged_TheErrorNamesTheFirstTen_AndCountsTheRest()
    {
        var lines = Enumerable.Range(1, 12).Select(n => TestOrders.Item("SKU-1", $"{Id}-{n:00}")).ToArray();
        var order = TestOrders.Order(Id, AmazonOrderStatus.Unshipped, lines);
        await Harness.ImportAsync(order);

        await Harness.ImportAsync(order.Later(AmazonOrderStatus.Unshipped) with { Items = lines.Select(line => line with { QuantityOrdered = 2 }).ToList() });

        var arguments = (await Harness.OpenErrorsAsync()).Single().GetArguments();
        Assert.That(arguments[1], Is.EqualTo("12"));
        Assert.That(arguments[2].Split("; "), Has.Length.EqualTo(AmazonOrderChanges.MaxLinesNamed + 1));
        Assert.That(arguments[2], Does.StartWith($"order item {Id}-01 (SKU SKU-1) 2 on Amazon, 1 imported").And.EndWith("; 2 more"));
    }
}
