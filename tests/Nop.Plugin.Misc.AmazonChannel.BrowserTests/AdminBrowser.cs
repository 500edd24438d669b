using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>
/// Headless Debian Chromium through Debian's chromedriver (same package source, so their versions fit), logged in to
/// the admin area as the store owner. Every page it opens is checked: no error page, no locale resource key shown
/// instead of its text, and a screenshot is written.
/// </summary>
public sealed class AdminBrowser : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string ChromeDriverPath = "/usr/bin/chromedriver";

    private readonly ChromeDriver _driver;

    public AdminBrowser()
    {
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        // The flags keep Chromium off the network (this machine has none) and fit running as root in a container.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1440,1000", "--lang=en-US",
            // nopCommerce treats unknown user agents as search engines, which cannot log in.
            "--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriverPath)!, Path.GetFileName(ChromeDriverPath));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromMinutes(3));
        _driver.Manage().Timeouts().PageLoad = TimeSpan.FromMinutes(3);
    }

    public IWebDriver Driver => _driver;

    public void LogIn()
    {
        _driver.Navigate().GoToUrl(StoreUnderTest.BaseUrl + "/login?returnUrl=%2FAdmin");
        _driver.FindElement(By.Id("Email")).SendKeys(StoreUnderTest.AdminEmail);
        _driver.FindElement(By.Id("Password")).SendKeys(StoreUnderTest.AdminPassword);
        _driver.FindElement(By.CssSelector("button.login-button")).Click();
        WaitUntil(d => d.Url.Contains("/Admin", StringComparison.OrdinalIgnoreCase), "the admin area after logging in");
    }

    /// <summary>Opens an admin page and checks it (see <see cref="CheckPage"/>).</summary>
    public void Open(string relativeUrl, string screenshotName)
    {
        _driver.Navigate().GoToUrl(StoreUnderTest.BaseUrl + relativeUrl);
        WaitForIdle();
        CheckPage(screenshotName);
    }

    /// <summary>
    /// The page is no error page, shows no locale resource key of the plugin's (a missing resource renders as its key)
    /// and no error notification; a screenshot of it is written.
    /// </summary>
    public void CheckPage(string screenshotName)
    {
        Screenshot(screenshotName);
        var text = _driver.FindElement(By.TagName("body")).Text;
        Assert.Multiple(() =>
        {
            Assert.That(_driver.Title, Does.Not.Contain("error").IgnoreCase, $"{screenshotName}: error page at {_driver.Url}");
            Assert.That(text, Does.Not.Contain("Plugins.Misc.AmazonChannel."), $"{screenshotName}: a locale resource is missing (its key is shown)");
            Assert.That(ErrorNotifications(), Is.Empty, $"{screenshotName}: error notification");
        });
    }

    public IReadOnlyList<string> ErrorNotifications() =>
        _driver.FindElements(By.CssSelector(".alert-danger, .validation-summary-errors"))
            .Where(e => e.Displayed)
            .Select(e => e.Text.Trim())
            .Where(t => t.Length > 0)
            .ToList();

    public IReadOnlyList<string> SuccessNotifications() =>
        _driver.FindElements(By.CssSelector(".alert-success"))
            .Select(e => e.Text.Trim())
            .Where(t => t.Length > 0)
            .ToList();

    public void Screenshot(string name)
    {
        Directory.CreateDirectory(StoreUnderTest.ScreenshotDir);
        _driver.GetScreenshot().SaveAsFile(Path.Combine(StoreUnderTest.ScreenshotDir, name + ".png"));
    }

    public IWebElement WaitFor(By by, string what) =>
        WaitUntil(d => d.FindElements(by).FirstOrDefault(e => e.Displayed), what)!;

    public T WaitUntil<T>(Func<IWebDriver, T> condition, string what)
    {
        var wait = new WebDriverWait(_driver, TimeSpan.FromMinutes(2)) { Message = "Timed out waiting for " + what };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    /// <summary>Waits for the document and nopCommerce's DataTables grids (loaded by ajax) to settle.</summary>
    public void WaitForIdle()
    {
        WaitUntil(d => ((IJavaScriptExecutor)d).ExecuteScript(
            "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0);") is true, "the page to load");
    }

    public void Dispose() => _driver.Quit();
}
