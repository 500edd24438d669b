using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Plugin.Misc.AmazonChannel.Controllers;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Tests.Orders;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Logging;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>
/// Sales > Amazon orders' actions on the real import service (the import harness: SQLite, a fake nopCommerce store and a
/// fake Amazon): import by ID, retry after the cause is fixed, resolve, archive, and Amazon's errors as notifications.
/// </summary>
public class AmazonOrdersControllerTests
{
    private ImportHarness _harness = null!;
    private IServiceScope _scope = null!;
    private Mock<INotificationService> _notifications = null!;
    private AmazonOrdersController _controller = null!;

    [SetUp]
    public void SetUp()
    {
        var localization = AdminTestKit.PluginResources();
        var dateTimeHelper = new Mock<IDateTimeHelper>();
        dateTimeHelper.Setup(h => h.GetCurrentTimeZoneAsync()).ReturnsAsync(TimeZoneInfo.Utc);
        dateTimeHelper.Setup(h => h.ConvertToUserTimeAsync(It.IsAny<DateTime>(), DateTimeKind.Utc)).ReturnsAsync((DateTime utc, DateTimeKind _) => utc);
        dateTimeHelper.Setup(h => h.ConvertToUtcTime(It.IsAny<DateTime>(), It.IsAny<TimeZoneInfo>())).Returns((DateTime local, TimeZoneInfo _) => local);
        _harness = new ImportHarness(services =>
        {
            services.AddSingleton(localization.Object);
            services.AddSingleton(dateTimeHelper.Object);
        });
        _scope = _harness.Services.CreateScope();
        var provider = _scope.ServiceProvider;
        _notifications = new Mock<INotificationService>();
        _controller = new AmazonOrdersController(provider.GetRequiredService<AmazonOrderModelFactory>(), provider.GetRequiredService<AmazonOrderDetailsModelFactory>(),
            provider.GetRequiredService<AmazonOrderAdminActions>(), provider.GetRequiredService<AmazonOrderImportService>(), provider.GetRequiredService<AmazonAccountService>(),
            localization.Object, _notifications.Object, Mock.Of<ILogger>())
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    [TearDown]
    public void TearDown()
    {
        _controller.Dispose();
        _scope.Dispose();
        _harness.Dispose();
    }

    private void AmazonHas(string amazonOrderId, string sku) =>
        _harness.Source.Orders.Add(TestOrders.Order(amazonOrderId, AmazonOrderStatus.Unshipped, TestOrders.Item(sku, amazonOrderId + "-1"))
            with { LastUpdateDateUtc = _harness.Time.GetUtcNow().UtcDateTime.AddMinutes(-10), PurchaseDateUtc = _harness.Time.GetUtcNow().UtcDateTime.AddHours(-1) });

    private void VerifyError(string text) => _notifications.Verify(n => n.ErrorNotification(text, true, 0), Times.Once);

    private void VerifySuccess(string text) => _notifications.Verify(n => n.SuccessNotification(text, true, 0), Times.Once);

    [Test]
    public async Task ImportById_ThenRetryAfterTheCauseIsFixed_TellsTheAdminEachOutcome()
    {
        AmazonHas("115-0000001-0000001", "NOT-IN-STORE");

        await _controller.ImportById(new AmazonOrderSearchModel { ImportAccountId = _harness.Account.Id, ImportAmazonOrderId = " 115-0000001-0000001 " });
        VerifyError("The order could not be imported. Its errors say why.");

        var link = await _harness.LinkAsync("115-0000001-0000001");
        var errorsTab = await _controller.OrderList(new AmazonOrderSearchModel { Tab = (int)AmazonOrderGridTab.Errors, Length = 10 });
        Assert.That(((AmazonOrderListModel)((JsonResult)errorsTab).Value!).Data.Select(row => row.AmazonOrderId), Is.EqualTo(new[] { "115-0000001-0000001" }));
        var details = (AmazonOrderDetailsModel)((ViewResult)await _controller.Details(link.Id)).Model!;
        Assert.That(details.Errors, Is.Not.Empty);
        Assert.That(details.Items.Single().SellerSku, Is.EqualTo("NOT-IN-STORE"));

        _harness.Store.AddProduct("NOT-IN-STORE");
        var retried = await _controller.Retry(link.Id);

        VerifySuccess("The order was imported: a store order was created.");
        Assert.That(((RedirectToActionResult)retried).ActionName, Is.EqualTo(nameof(AmazonOrdersController.Details)));
        Assert.That(await _harness.OpenErrorsAsync(), Is.Empty);
    }

    [Test]
    public async Task TheDetailsOfAFailedBusinessOrder_ShowItsCompanyAndPoNumber()
    {
        _harness.Source.Orders.Add(TestOrders.Order("115-0000001-0000009", AmazonOrderStatus.Unshipped, TestOrders.Item("NOT-IN-STORE", "115-0000001-0000009-1"))
            with { IsBusinessOrder = true, PurchaseOrderNumber = "PO-77", BuyerCompanyName = "Acme GmbH", LastUpdateDateUtc = _harness.Time.GetUtcNow().UtcDateTime.AddMinutes(-10) });
        await _controller.ImportById(new AmazonOrderSearchModel { ImportAccountId = _harness.Account.Id, ImportAmazonOrderId = "115-0000001-0000009" });

        var link = await _harness.LinkAsync("115-0000001-0000009");
        var details = (AmazonOrderDetailsModel)((ViewResult)await _controller.Details(link.Id)).Model!;

        Assert.That((details.Order.IsBusinessOrder, details.Order.PurchaseOrderNumber, details.Order.BuyerCompanyName), Is.EqualTo((true, "PO-77", "Acme GmbH")));
        Assert.That(details.Errors, Is.Not.Empty, "the order waits for a fix");
    }

    [Test]
    public async Task ImportById_WithoutAnAccountOrAnId_AsksForThem_AndAnUnknownOrderIsNamed()
    {
        await _controller.ImportById(new AmazonOrderSearchModel { ImportAccountId = 0, ImportAmazonOrderId = "115-1" });
        VerifyError("Enter an Amazon order ID and choose its account.");

        await _controller.ImportById(new AmazonOrderSearchModel { ImportAccountId = _harness.Account.Id, ImportAmazonOrderId = "115-9999999-9999999" });
        VerifyError("Amazon does not know this order for this account.");
    }

    [Test]
    public async Task ResolveAndArchive_MoveTheOrderBetweenTabs()
    {
        AmazonHas("115-0000001-0000002", "NOT-IN-STORE");
        await _controller.ImportById(new AmazonOrderSearchModel { ImportAccountId = _harness.Account.Id, ImportAmazonOrderId = "115-0000001-0000002" });
        var link = await _harness.LinkAsync("115-0000001-0000002");

        await _controller.Resolve(link.Id);
        await _controller.ArchiveSelected([link.Id], archived: true);

        async Task<string[]> TabAsync(AmazonOrderGridTab tab) =>
            ((AmazonOrderListModel)((JsonResult)await _controller.OrderList(new AmazonOrderSearchModel { Tab = (int)tab, Length = 10 })).Value!)
            .Data.Select(row => row.AmazonOrderId).ToArray();
        Assert.That(await TabAsync(AmazonOrderGridTab.Errors), Is.Empty);
        Assert.That(await TabAsync(AmazonOrderGridTab.All), Is.Empty);
        Assert.That(await TabAsync(AmazonOrderGridTab.Archived), Is.EqualTo(new[] { "115-0000001-0000002" }));
        VerifySuccess("The order's errors are marked resolved.");
    }

    [Test]
    public async Task DownloadNow_RunsTheDownload_AndAmazonsFailureBecomesASyncError()
    {
        _harness.Settings.AllowOrderDownload = true;
        _harness.Source.FailWith = new AmazonOrderSourceException(ImportErrorCodes.AmazonError, ["searchOrders", "429", "QuotaExceeded"]);

        await _controller.DownloadNow();

        // The import service records the failure itself (sync error + log) and reports a finished run.
        VerifySuccess("Orders were downloaded from Amazon. See the sync log for the counts.");
        Assert.That((await _harness.OpenErrorsAsync()).Select(error => error.Code), Has.Some.EqualTo(ImportErrorCodes.AmazonError.Value));
    }
}
