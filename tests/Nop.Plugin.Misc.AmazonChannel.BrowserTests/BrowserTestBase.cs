namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>One logged-in browser per fixture; every test also fails on errors nopCommerce logged while it ran.</summary>
public abstract class BrowserTestBase
{
    private long _logWatermark;

    protected AdminBrowser Browser { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartBrowser()
    {
        Browser = new AdminBrowser();
        Browser.LogIn();
    }

    [OneTimeTearDown]
    public void StopBrowser() => Browser?.Dispose();

    [SetUp]
    public async Task RememberTheLog() => _logWatermark = await NopLog.LastIdAsync();

    [TearDown]
    public async Task NothingWasLogged()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Passed)
        {
            Browser.Screenshot("failed-" + TestContext.CurrentContext.Test.MethodName);
            return;
        }

        Assert.That(await NopLog.ErrorsAfterAsync(_logWatermark), Is.Empty, "nopCommerce logged errors during the test");
    }

    protected void OpenLocalPluginsFilteredToThePlugin(string screenshotName)
    {
        Browser.Open("/Admin/Plugin/List", screenshotName + "-list");
        var search = Browser.WaitFor(OpenQA.Selenium.By.Id("SearchFriendlyName"), "the plugin name filter");
        search.Clear();
        search.SendKeys(StoreUnderTest.PluginFriendlyName);
        Browser.Driver.FindElement(OpenQA.Selenium.By.Id("search-plugins-local")).Click();
        Browser.WaitForIdle();
        Browser.WaitUntil(d => d.FindElements(OpenQA.Selenium.By.CssSelector("#plugins-local-grid tbody tr")).Count == 1,
            "the local plugins grid to show one plugin");
        Browser.CheckPage(screenshotName);
    }

    protected static OpenQA.Selenium.By PluginButton(string action) =>
        OpenQA.Selenium.By.Name($"{action}-plugin-link-{StoreUnderTest.PluginSystemName}");
}
