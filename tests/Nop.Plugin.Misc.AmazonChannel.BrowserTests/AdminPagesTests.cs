using OpenQA.Selenium;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>
/// The plugin's own admin pages in the real store: each opens (no error page, no untranslated key, nothing in
/// nopCommerce's log), an account is added through the configure page, and the dashboard card and the Sales menu items
/// appear. This is also the check that every view compiles in nopCommerce.
/// </summary>
[Category(StageCategories.Installed)]
public class AdminPagesTests : BrowserTestBase
{
    [Test, Order(1)]
    public void Owner_AddsAnAmazonAccount_FromTheConfigurePage()
    {
        Browser.Open("/Admin/AmazonChannelConfiguration/Configure", "20-configure-accounts-empty");
        Browser.WaitFor(By.Id("amazonchannel-add-account"), "the Add account button").Click();
        Browser.WaitFor(By.Id("amazon-account-form"), "the account page");
        Browser.CheckPage("21-account-new");

        Type("Name", "US shop");
        Type("SellerId", "A1BROWSERSELLER");
        Type("LwaClientId", "amzn1.application-oa2-client.browser");
        Type("LwaClientSecret", "browser-secret-value");
        Type("RefreshToken", "Atzr|browser-refresh-token");
        Browser.Driver.FindElement(By.CssSelector("#amazon-account-form button[name='save']")).Click();

        Browser.WaitUntil(d => d.Url.Contains("AmazonChannelConfiguration/Configure", StringComparison.OrdinalIgnoreCase), "the configure page after saving");
        Browser.WaitForIdle();
        Browser.WaitUntil(d => d.FindElement(By.Id("amazonchannel-accounts-grid")).Text.Contains("A1BROWSERSELLER"), "the account in the grid");
        Browser.CheckPage("22-configure-accounts");
        Assert.That(Browser.SuccessNotifications(), Is.Not.Empty);
    }

    [Test, Order(2)]
    public void AccountPage_NeverShowsTheSecretsBack()
    {
        Browser.Open("/Admin/AmazonChannelConfiguration/Configure", "23-configure-before-edit");
        Browser.WaitUntil(d => d.FindElements(By.CssSelector("#amazonchannel-accounts-grid a[href*='AmazonAccounts/Edit']")).FirstOrDefault(), "the account's edit button")!.Click();
        Browser.WaitFor(By.Id("amazon-account-form"), "the account page");
        Browser.CheckPage("24-account-edit");

        Assert.That(Browser.Driver.FindElement(By.Id("LwaClientSecret")).GetAttribute("value"), Is.Empty);
        Assert.That(Browser.Driver.FindElement(By.Id("RefreshToken")).GetAttribute("value"), Is.Empty);
        Assert.That(Browser.Driver.PageSource, Does.Not.Contain("browser-secret-value").And.Not.Contain("browser-refresh-token"));
    }

    [TestCase("/Admin/AmazonOrders/List", "30-amazon-orders", "amazon-orders-grid")]
    [TestCase("/Admin/AmazonOrders/List?tab=1", "31-amazon-orders-errors", "amazon-orders-grid")]
    [TestCase("/Admin/AmazonOrders/List?tab=2", "32-amazon-orders-archived", "amazon-orders-grid")]
    [TestCase("/Admin/AmazonOrders/List?workList=2", "33-amazon-orders-late", "amazon-orders-grid")]
    [TestCase("/Admin/AmazonSyncLog/List", "34-amazon-sync-log", "amazon-sync-log-grid")]
    [TestCase("/Admin/AmazonSkuMappings/List", "35-amazon-sku-mappings", "amazon-sku-mappings-grid")]
    public void Page_Opens_WithItsGrid(string url, string screenshot, string gridId)
    {
        Browser.Open(url, screenshot);

        Browser.WaitFor(By.Id(gridId), "the page's grid");
        Assert.That(Browser.Driver.FindElements(By.CssSelector($"#{gridId}_wrapper, #{gridId}")), Is.Not.Empty);
    }

    [Test]
    public void Dashboard_ShowsTheAmazonCard_WithLinksToTheFilteredGrid()
    {
        Browser.Open("/Admin", "36-dashboard");

        var card = Browser.WaitFor(By.Id("amazonchannel-dashboard-card"), "the Amazon card on the dashboard");
        ((IJavaScriptExecutor)Browser.Driver).ExecuteScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -80);", card);
        Browser.Screenshot("36-dashboard");
        Assert.That(card.FindElement(By.Id("amazonchannel-dashboard-late-link")).GetAttribute("href"), Does.Contain("AmazonOrders/List?workList=2"));
        Assert.That(card.FindElement(By.Id("amazonchannel-dashboard-sync-errors-link")).GetAttribute("href"), Does.Contain("AmazonOrders/List?tab=1"));
    }

    [Test]
    public void SalesMenu_HasTheAmazonPages()
    {
        Browser.Open("/Admin/Order/List", "37-sales-menu");

        var links = Browser.Driver.FindElements(By.CssSelector("a[href*='/Admin/AmazonOrders/List'], a[href*='/Admin/AmazonSyncLog/List']"));
        Assert.That(links.Select(link => link.GetAttribute("href")).Distinct().Count(), Is.EqualTo(2), "menu items under Sales");
    }

    private void Type(string id, string value)
    {
        var field = Browser.WaitFor(By.Id(id), id);
        field.Clear();
        field.SendKeys(value);
    }
}
