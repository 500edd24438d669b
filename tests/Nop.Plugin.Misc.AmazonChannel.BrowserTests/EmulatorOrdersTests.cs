using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>
/// A shop owner's first day, end to end in the real store against the project's SP-API emulator (started by
/// .ci/browser.sh; the store's endpoint override points at it, so nothing reaches Amazon): connect an account with
/// "Save and test", download the orders, read the unknown-SKU errors, fix them by creating the products, Retry, and
/// open an imported order with the Amazon panel on nopCommerce's own order page.
/// </summary>
[Category(StageCategories.Installed)]
public partial class EmulatorOrdersTests : BrowserTestBase
{
    private const string Marketplace = "ATVPDKIKX0DER";

    private static string EmulatorUrl => Environment.GetEnvironmentVariable("AMAZON_EMULATOR_URL") ?? "http://127.0.0.1:5099";

    [Test, Order(1)]
    public void Owner_PointsTheStoreAtTheEmulator_AndConnectsAnAccount()
    {
        Browser.Open("/Admin/AmazonChannelConfiguration/Configure", "40-configure-endpoint");
        var endpoint = Browser.WaitFor(By.Id("EndpointOverride"), "the endpoint override field");
        endpoint.Clear();
        endpoint.SendKeys(EmulatorUrl);
        // A small store's first download: three days, read page by page with searchOrders (one call), not through the
        // order reports Amazon takes minutes to produce; the admin request that downloads waits for it.
        Type("InitialSyncDays", "3");
        Type("BacklogThresholdHours", "720");
        Browser.Driver.FindElement(By.CssSelector("#amazonchannel-configuration-form button[name='save']")).Click();
        Browser.WaitUntil(_ => Browser.SuccessNotifications().Count + Browser.ErrorNotifications().Count > 0, "the save's result");
        Assert.That(Browser.SuccessNotifications(), Is.Not.Empty);

        Browser.Open("/Admin/AmazonChannelConfiguration/Configure", "41-configure-before-account");
        Browser.WaitFor(By.Id("amazonchannel-add-account"), "the Add account button").Click();
        Browser.WaitFor(By.Id("amazon-account-form"), "the account page");
        Type("Name", "Emulated US shop");
        Type("SellerId", "A1SELLEREMU");
        Type("LwaClientId", "amzn1.application-oa2-client.emulator");
        Type("LwaClientSecret", "emulator-secret");
        Type("RefreshToken", "Atzr|emulator-refresh-token");
        Browser.Driver.FindElement(By.Id("amazon-account-test")).Click();

        var result = Browser.WaitFor(By.Id("amazon-account-test-result"), "the connection test's result");
        Browser.CheckPage("42-account-tested");
        Assert.That(result.Text, Does.Contain(Marketplace));

        ((IJavaScriptExecutor)Browser.Driver).ExecuteScript(
            "$('#SelectedMarketplaceIds').val([arguments[0]]).trigger('change');", Marketplace);
        Browser.Driver.FindElement(By.CssSelector("#amazon-account-form button[name='save']")).Click();
        Browser.WaitUntil(d => d.Url.Contains("AmazonChannelConfiguration/Configure", StringComparison.OrdinalIgnoreCase), "the configure page after saving");
        Browser.WaitForIdle();
        Browser.WaitUntil(d => d.FindElement(By.Id("amazonchannel-accounts-grid")).Text.Contains("A1SELLEREMU"), "the account in the grid");
    }

    [Test, Order(2)]
    public void DownloadNow_ShowsTheUnknownSkus_AsErrorsTheOwnerCanFix()
    {
        Browser.Open("/Admin/AmazonOrders/List", "43-orders-before-download");
        Browser.Driver.FindElement(By.CssSelector("#amazon-download-now-form button[type='submit']")).Click();
        Browser.WaitUntil(_ => Browser.SuccessNotifications().Count + Browser.ErrorNotifications().Count > 0, "the download's result");
        Assert.That(Browser.ErrorNotifications(), Is.Empty);

        var skus = ErrorTabSkus();
        Browser.CheckPage("44-orders-errors-unknown-sku");
        Assert.That(skus, Is.Not.Empty, "the emulator's SKUs are not in the store yet, so its orders wait with an error naming them");

        foreach (var sku in skus)
            CreateProduct(sku);

        Browser.Open("/Admin/AmazonOrders/List?tab=1", "45-orders-errors-before-retry");
        Browser.WaitFor(By.CssSelector("#amazon-orders-grid_wrapper .mastercheckbox, .mastercheckbox"), "the select-all box").Click();
        Browser.Driver.FindElement(By.Id("amazon-retry-selected")).Click();
        Browser.WaitForIdle();
        Browser.WaitUntil(_ => ErrorTabSkus().Count == 0, "the errors tab to empty after Retry");
    }

    [Test, Order(3)]
    public void ImportedOrder_ShowsTheAmazonPanel_OnNopCommercesOrderPage()
    {
        Browser.Open("/Admin/AmazonOrders/List", "46-orders-imported");
        var storeOrderLink = Browser.WaitUntil(d => d.FindElements(By.CssSelector("#amazon-orders-grid a[href*='/Admin/Order/Edit/']")).FirstOrDefault(),
            "an imported order linked to its store order")!;
        Browser.Screenshot("46-orders-imported");
        var amazonOrderId = storeOrderLink.FindElement(By.XPath("./ancestor::tr")).FindElement(By.CssSelector("a[href*='/Admin/AmazonOrders/Details/']")).Text.Trim();

        Browser.Open(new Uri(storeOrderLink.GetAttribute("href")!).PathAndQuery, "47-order-page");
        var panel = Browser.WaitFor(By.Id("amazonchannel-order-panel"), "the Amazon panel on the order page");
        ((IJavaScriptExecutor)Browser.Driver).ExecuteScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);", panel);
        Browser.Screenshot("47-order-panel");
        Assert.That(panel.Text, Does.Contain(amazonOrderId).And.Contain(Marketplace));
        Assert.That(panel.FindElements(By.Id("amazonchannel-cancel-on-amazon")).Count + panel.FindElements(By.Id("amazonchannel-refund-on-amazon")).Count,
            Is.GreaterThan(0), "an unshipped order can be cancelled on Amazon, a paid one refunded");
    }

    [Test, Order(4)]
    public void Queue_AndSyncLog_ShowTheDay()
    {
        Browser.Open("/Admin/AmazonQueue/List", "48-amazon-queue");
        Browser.Open("/Admin/AmazonSyncLog/List", "49-amazon-sync-log-after-download");
        Browser.WaitUntil(d => d.FindElement(By.Id("amazon-sync-log-grid")).Text.Contains("A1SELLEREMU") ||
                               d.FindElement(By.Id("amazon-sync-log-grid")).Text.Contains("Emulated US shop"), "the download's run in the sync log");
    }

    private List<string> ErrorTabSkus()
    {
        Browser.Open("/Admin/AmazonOrders/List?tab=1", "44-orders-errors");
        Browser.WaitFor(By.Id("amazon-orders-grid"), "the errors grid");
        Browser.WaitForIdle();
        var text = Browser.Driver.FindElement(By.Id("amazon-orders-grid")).Text;
        return QuotedSku().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
    }

    private void CreateProduct(string sku)
    {
        Browser.Open("/Admin/Product/Create", "50-product-create");
        Type("Name", "Emulator product " + sku);
        // SKU and price sit in panels nopCommerce may hide in its basic mode; the form posts them all the same.
        ((IJavaScriptExecutor)Browser.Driver).ExecuteScript(
            "document.getElementById('Sku').value = arguments[0]; document.getElementById('Price').value = '10';", sku);
        Browser.Driver.FindElement(By.CssSelector("button[name='save']")).Click();
        Browser.WaitUntil(d => d.Url.Contains("/Admin/Product/List", StringComparison.OrdinalIgnoreCase), "the product list after saving " + sku);
    }

    private void Type(string id, string value)
    {
        var field = Browser.WaitFor(By.Id(id), id);
        field.Clear();
        field.SendKeys(value);
    }

    [GeneratedRegex("'(EMU-[A-Z0-9-]+)'")]
    private static partial Regex QuotedSku();
}
