using AmazonSpApi.Emulator;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Orders;

/// <summary>
/// Nothing the buyer asked for is dropped: the gift wrap level and gift message go into the store order's notes
/// (HTML-safe), and an Amazon Business order's facts (company, PO number) are kept on the order link, also while the
/// order waits for a fix.
/// </summary>
public class GiftWrapAndBusinessFactsTests : ImportTestBase
{
    [Test]
    public async Task TheGiftWrapLevelAndMessage_AreInTheNotes()
    {
        var order = TestOrders.Order("111-0000002-0000001", AmazonOrderStatus.Unshipped,
            TestOrders.Item("SKU-1", "i1") with { GiftWrapLevel = "Classic", GiftWrapPrice = 3.99m, GiftMessage = "Happy birthday!" });

        await Harness.ImportAsync(order);

        var notes = Harness.Store.NotesOf(Harness.Store.Orders.Single());
        Assert.That(notes, Has.Some.EqualTo("Gift wrap for SKU-1: level Classic, 3.99 USD."));
        Assert.That(notes, Has.Some.EqualTo("Gift message for SKU-1: Happy birthday!"));
    }

    [Test]
    public async Task AGiftWrapLevelWithoutAPrice_IsStillInTheNotes()
    {
        await Harness.ImportAsync(TestOrders.Order("111-0000002-0000002", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-1", "i1") with { GiftWrapLevel = "Premium" }));

        Assert.That(Harness.Store.NotesOf(Harness.Store.Orders.Single()), Has.Some.EqualTo("Gift wrap for SKU-1: level Premium."));
    }

    [Test]
    public async Task BuyerTextInNotes_IsHtmlSafe()
    {
        var order = TestOrders.Order("111-0000002-0000003", AmazonOrderStatus.Unshipped,
            TestOrders.Item("SKU-1", "i1") with { GiftWrapLevel = "<b>Gold</b>", GiftMessage = "<script>alert(1)</script>\u0007Love & hugs\nJane" }) with
        {
            IsBusinessOrder = true,
            PurchaseOrderNumber = "PO<img src=x onerror=alert(1)>"
        };

        await Harness.ImportAsync(order);

        var notes = Harness.Store.NotesOf(Harness.Store.Orders.Single());
        Assert.That(notes.Where(note => note.IndexOfAny(['<', '>', '\u0007']) >= 0), Is.Empty);
        Assert.That(notes, Has.Some.EqualTo("Gift message for SKU-1: ‹script›alert(1)‹/script› Love & hugs\nJane"), "readable, line break kept, no markup");
        Assert.That(notes, Has.Some.Contains("level ‹b›Gold‹/b›"));
        Assert.That(notes, Has.Some.Contains("purchase order number PO‹img src=x onerror=alert(1)›"));
    }

    [Test]
    public async Task BusinessFacts_AreKeptOnTheLink_WhileTheOrderWaitsForAFix_AndAfter()
    {
        var order = TestOrders.Order("111-0000002-0000004", AmazonOrderStatus.Unshipped, TestOrders.Item("SKU-UNKNOWN", "i1")) with
        {
            IsBusinessOrder = true,
            PurchaseOrderNumber = "PO-4711",
            BuyerCompanyName = "Acme GmbH"
        };

        Assert.That(await Harness.ImportAsync(order), Is.EqualTo(OrderImportOutcome.Failed));
        var failed = await Harness.LinkAsync(order.AmazonOrderId);
        Assert.That((failed.SyncStatus, failed.IsBusinessOrder, failed.PurchaseOrderNumber, failed.BuyerCompanyName),
            Is.EqualTo((AmazonOrderSyncStatus.Failed, true, "PO-4711", "Acme GmbH")));

        // The tracking report carries no company: a later read from it keeps what is known.
        Harness.Store.AddProduct("SKU-UNKNOWN");
        Assert.That(await Harness.ImportAsync(order with { BuyerCompanyName = null, PurchaseOrderNumber = null }), Is.EqualTo(OrderImportOutcome.Created));
        var imported = await Harness.LinkAsync(order.AmazonOrderId);
        Assert.That((imported.IsBusinessOrder, imported.PurchaseOrderNumber, imported.BuyerCompanyName), Is.EqualTo((true, "PO-4711", "Acme GmbH")));
    }

    [Test]
    public void TheReportPath_ReadsGiftWrapTypeAndBusinessFacts()
    {
        const string tracking = "amazon-order-id\tpurchase-date\torder-status\tfulfillment-channel\tsales-channel\tsku\tquantity\tcurrency\titem-price\tgift-wrap-price\tis-business-order\tpurchase-order-number\n" +
                                "111-1\t2026-11-20T10:00:00+00:00\tUnshipped\tMerchant\tAmazon.com\tSKU-1\t1\tUSD\t20.00\t3.99\ttrue\tPO-1\n";
        const string shipping = "order-id\torder-item-id\tsku\tquantity-purchased\tcurrency\titem-price\tbuyer-company-name\tgift-wrap-type\tgift-message-text\n" +
                                "111-1\tI-1\tSKU-1\t1\tUSD\t20.00\tAcme Inc\tClassic\tEnjoy\n";

        var order = OrderReportParser.Parse(tracking, shipping, "ATVPDKIKX0DER").Orders.Single();

        Assert.That((order.IsBusinessOrder, order.PurchaseOrderNumber, order.BuyerCompanyName), Is.EqualTo((true, "PO-1", "Acme Inc")));
        var line = order.Items.Single();
        Assert.That((line.GiftWrapLevel, line.GiftMessage, line.GiftWrapPrice), Is.EqualTo(("Classic", "Enjoy", 3.99m)));
    }

    [Test]
    public async Task TheApiPath_BringsTheGiftWrapLevelIntoTheNotes()
    {
        using var harness = new EmulatorImportHarness(new EmulatorOptions { Seed = 77, OrderCount = 30, Mix = new OrderMixOptions { GiftMessage = 0.5, PendingFirst = 0, Fba = 0 } });
        harness.Import.Settings.BacklogThresholdHours = 24 * 30;

        await harness.CreateImportService().ImportWindowAsync(harness.Import.Account, "ATVPDKIKX0DER");

        var gifted = harness.OrdersThatMustBeImported().Where(o => o.Items.Any(i => i.GiftWrapLevel is not null)).ToList();
        Assert.That(gifted, Is.Not.Empty);
        foreach (var amazon in gifted)
        {
            var order = harness.Import.Store.Orders.Single(o => o.CustomOrderNumber == amazon.OrderId);
            var item = amazon.Items.First(i => i.GiftWrapLevel is not null);
            Assert.That(harness.Import.Store.NotesOf(order), Has.Some.StartsWith($"Gift wrap for {item.Sku}: level {item.GiftWrapLevel}"), amazon.OrderId);
        }
    }
}
