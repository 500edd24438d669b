using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Reports;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;
using static Nop.Plugin.Misc.AmazonChannel.Tests.Returns.ReturnsReportSamples;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Returns;

/// <summary>
/// Return requests from the returns report: the plugin's tables on the SQLite test database, nopCommerce's return
/// requests, orders and items in the fake store (<see cref="FakeNopStore"/>), composed as the import tests compose them.
/// </summary>
public class ReturnProcessorTests : ImportTestBase
{
    private const string OrderId = "113-1111111-1111111";

    [SetUp]
    public async Task ImportAnOrder()
    {
        Harness.Store.AddProduct("SKU-2");
        var order = TestOrders.Order(OrderId, AmazonOrderStatus.Shipped, TestOrders.Item("SKU-1", "IT-1", quantity: 2), TestOrders.Item("SKU-2", "IT-2"));
        Assert.That(await Harness.ImportAsync(order), Is.EqualTo(OrderImportOutcome.Created));
    }

    [Test]
    public async Task AnApprovedReturn_BecomesAPendingReturnRequestPerLine_NumberedByTheRma()
    {
        var outcome = await ProcessAsync(Row(OrderId, "RMA-1", "Approved", "SKU-1", 2), Row(OrderId, "RMA-1", "Approved", "SKU-2", 1, reason: "AMZ-PG-MISORDERED"));

        Assert.That(outcome.Created, Is.EqualTo(2));
        var requests = Harness.Store.ReturnRequests;
        var storeOrder = Harness.Store.Orders.Single();
        var items = Harness.Store.ItemsOf(storeOrder);
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(r => r.CustomNumber), Is.All.EqualTo("RMA-1"));
            Assert.That(requests.Select(r => r.ReturnRequestStatus), Is.All.EqualTo(ReturnRequestStatus.Pending));
            Assert.That(requests.Select(r => r.Quantity), Is.EqualTo(new[] { 2, 1 }));
            Assert.That(requests.Select(r => r.OrderItemId), Is.EqualTo(items.Select(i => i.Id)));
            Assert.That(requests.Select(r => r.ReasonForReturn), Is.EqualTo(new[] { "There Was A Problem With The Product", "Wrong Product Ordered" }));
            Assert.That(requests.Select(r => r.RequestedAction), Is.All.EqualTo("Refund"));
            Assert.That(requests.Select(r => r.CustomerId), Is.All.EqualTo(storeOrder.CustomerId));
            Assert.That(requests[0].StaffNotes, Does.Contain("Return label tracking number: 1Z999AA10123456784"));
        });
    }

    [Test]
    public async Task OnlyApprovedReturns_BecomeReturnRequests()
    {
        var outcome = await ProcessAsync(Row(OrderId, "RMA-2", "Requested", "SKU-1"), Row(OrderId, "RMA-3", "Closed", "SKU-1"), Row(OrderId, "RMA-4", "Rejected", "SKU-2"));

        Assert.That(outcome.Skipped, Is.EqualTo(3));
        Assert.That(Harness.Store.ReturnRequests, Is.Empty);
    }

    [Test]
    public async Task ReturnlessRefunds_AreSkipped_OnlyWhenTheSettingSaysSo()
    {
        var returnless = Row(OrderId, "RMA-RL", "Approved", "SKU-1", resolution: "ReturnlessRefund");
        Harness.Settings.SkipReturnRequestForReturnlessRefunds = true;
        Assert.That((await ProcessAsync(returnless)).Skipped, Is.EqualTo(1));
        Assert.That(Harness.Store.ReturnRequests, Is.Empty);

        Harness.Settings.SkipReturnRequestForReturnlessRefunds = false;
        Assert.That((await ProcessAsync(returnless)).Created, Is.EqualTo(1));
    }

    [Test]
    public async Task ReadingTheSameReportAgain_CreatesNothingNew()
    {
        var report = new[] { Row(OrderId, "RMA-5", "Approved", "SKU-1"), Row(OrderId, "RMA-5", "Approved", "SKU-2") };
        await ProcessAsync(report);
        var again = await ProcessAsync(report);

        Assert.That(again.Created, Is.Zero);
        Assert.That(Harness.Store.ReturnRequests, Has.Count.EqualTo(2));
        Assert.That(await Harness.Database.GetRepository<AmazonReturnLink>().GetAllAsync(q => q), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task AReturnRequestInsertedBeforeACrash_IsFoundAgain_NotDuplicated()
    {
        Harness.Crash.Reset();
        Harness.Crash.CrashAt = 2;
        Assert.That(async () => await ProcessAsync(Row(OrderId, "RMA-C", "Approved", "SKU-1")), Throws.TypeOf<SimulatedCrashException>());
        Assert.That(Harness.Crash.Log, Is.EqualTo(new[] { "insert ReturnRequest", Harness.Crash.Log[1] }));
        Assert.That(Harness.Store.ReturnRequests, Has.Count.EqualTo(1));

        await ProcessAsync(Row(OrderId, "RMA-C", "Approved", "SKU-1"));

        Assert.That(Harness.Store.ReturnRequests, Has.Count.EqualTo(1));
        Assert.That(await Harness.Database.GetRepository<AmazonReturnLink>().GetAllAsync(q => q), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ALaterStatus_MovesTheReturnRequestAlong()
    {
        await ProcessAsync(Row(OrderId, "RMA-6", "Approved", "SKU-1"));
        var later = await ProcessAsync(Row(OrderId, "RMA-6", "Closed", "SKU-1", refunded: "27.50"));

        var request = Harness.Store.ReturnRequests.Single();
        Assert.That(later.Updated, Is.EqualTo(1));
        Assert.That(request.ReturnRequestStatus, Is.EqualTo(ReturnRequestStatus.ItemsRefunded));
        Assert.That(request.StaffNotes, Does.Contain("Amazon status: Closed"));
        var link = (await Harness.Database.GetRepository<AmazonReturnLink>().GetAllAsync(q => q)).Single();
        Assert.That(link.AmazonStatus, Is.EqualTo("Closed"));
    }

    [Test]
    public async Task ABundleSku_BecomesOneLinePerComponent_WithItsQuantity()
    {
        var componentA = Harness.Store.AddProduct("PART-A");
        var componentB = Harness.Store.AddProduct("PART-B");
        var mapping = new AmazonSkuMapping { AccountId = 0, SellerSku = "SKU-2", ProductId = Harness.Store.Products.Single(p => p.Sku == "SKU-2").Id };
        await Harness.Database.GetRepository<AmazonSkuMapping>().InsertAsync(mapping);
        var components = Harness.Database.GetRepository<AmazonSkuBundleComponent>();
        await components.InsertAsync(new AmazonSkuBundleComponent { SkuMappingId = mapping.Id, ProductId = componentA.Id, Quantity = 2 });
        await components.InsertAsync(new AmazonSkuBundleComponent { SkuMappingId = mapping.Id, ProductId = componentB.Id, Quantity = 1 });

        var outcome = await ProcessAsync(Row(OrderId, "RMA-B", "Approved", "SKU-2", 3));
        await ProcessAsync(Row(OrderId, "RMA-B", "Approved", "SKU-2", 3));

        Assert.That(outcome.Created, Is.EqualTo(2));
        var requests = Harness.Store.ReturnRequests;
        Assert.That(requests.Select(r => r.Quantity), Is.EqualTo(new[] { 6, 3 }));
        Assert.That(requests[0].StaffNotes, Does.Contain($"Bundle component: product {componentA.Id}"));
        var links = await Harness.Database.GetRepository<AmazonReturnLink>().GetAllAsync(q => q.OrderBy(l => l.Id));
        Assert.That(links.Select(l => l.LineKey), Is.EqualTo(new[] { $"SKU-2#{componentA.Id}", $"SKU-2#{componentB.Id}" }));
    }

    [Test]
    public async Task AReturnForAnOrderWithoutAStoreOrder_IsASyncErrorNamingOrderAndRma_NotTheBuyer()
    {
        var outcome = await ProcessAsync(Row("113-9999999-9999999", "RMA-X", "Approved", "SKU-1"));

        Assert.That(outcome.Failed, Is.EqualTo(1));
        var error = (await Harness.OpenErrorsAsync()).Single();
        Assert.That(error.Code, Is.EqualTo(ReturnErrorCodes.OrderNotImported.Value));
        Assert.That(error.Message, Does.Contain("113-9999999-9999999").And.Contain("RMA-X"));
        Assert.That(error.Message, Does.Not.Contain("Jane"));
    }

    [Test]
    public async Task AReturnedSkuThatIsNotALineOfTheOrder_IsASyncError()
    {
        var outcome = await ProcessAsync(Row(OrderId, "RMA-L", "Approved", "SKU-404"));

        Assert.That(outcome.Failed, Is.EqualTo(1));
        Assert.That((await Harness.OpenErrorsAsync()).Single().Code, Is.EqualTo(ReturnErrorCodes.LineNotFound.Value));
        Assert.That(Harness.Store.ReturnRequests, Is.Empty);
    }

    private Task<ReturnsOutcome> ProcessAsync(params string[] rows)
    {
        var parsed = ReturnsReportParser.Parse(Report(rows), MarketplaceAmountFormat.For("ATVPDKIKX0DER")!);
        Assert.That(parsed.Errors, Is.Empty);
        var processor = Harness.Services.CreateScope().ServiceProvider.GetRequiredService<AmazonReturnProcessor>();
        return processor.ProcessAsync(Harness.Account, Harness.Settings, parsed.Lines);
    }
}
