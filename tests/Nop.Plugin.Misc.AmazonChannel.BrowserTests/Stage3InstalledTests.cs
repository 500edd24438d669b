using OpenQA.Selenium;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>After the restart that applied the install: what a shop owner sees of the plugin in the admin.</summary>
[Category(StageCategories.Installed)]
public class Stage3InstalledTests : BrowserTestBase
{
    private const string SettingName = "amazonchannelsettings.queuebatchsize";
    private const string ConfigureUrl = "/Admin/AmazonChannelConfiguration/Configure";

    [Test, Order(1)]
    public void Plugin_IsInstalled_InLocalPlugins()
    {
        OpenLocalPluginsFilteredToThePlugin("06-plugin-installed");

        Assert.That(Browser.Driver.FindElements(PluginButton("uninstall")), Has.Count.EqualTo(1), "an installed plugin offers Uninstall");
        Assert.That(Browser.Driver.FindElements(PluginButton("install")), Is.Empty);
    }

    [Test, Order(2)]
    public void ConfigurePage_OpensFromLocalPlugins()
    {
        OpenLocalPluginsFilteredToThePlugin("12-plugin-configure-link");
        var configure = Browser.WaitFor(By.CssSelector("#plugins-local-grid a[href*='AmazonChannelConfiguration/Configure']"), "the plugin's Configure link");

        configure.Click();

        Browser.WaitFor(By.Id("amazonchannel-configuration-form"), "the configure page");
        Browser.WaitForIdle();
        Browser.CheckPage("13-configure");
    }

    [Test, Order(3)]
    public void OwnerSavesASetting_OnTheConfigurePage_AndItIsKept()
    {
        Browser.Open(ConfigureUrl, "14-configure-before-save");
        var batchSize = Browser.WaitFor(By.Id("QueueBatchSize"), "the queue batch size field");
        var newValue = batchSize.GetAttribute("value") == "25" ? "26" : "25";
        batchSize.Clear();
        batchSize.SendKeys(newValue);

        Browser.Driver.FindElement(By.CssSelector("#amazonchannel-configuration-form button[name='save']")).Click();

        Browser.WaitUntil(_ => Browser.SuccessNotifications().Count + Browser.ErrorNotifications().Count > 0, "the save's result");
        Browser.CheckPage("15-configure-saved");
        Assert.That(Browser.SuccessNotifications(), Is.Not.Empty);
        Browser.Open(ConfigureUrl, "16-configure-reloaded");
        Assert.That(Browser.Driver.FindElement(By.Id("QueueBatchSize")).GetAttribute("value"), Is.EqualTo(newValue));
    }

    [Test, Order(4)]
    public void ConfigurePage_RefusesAnOutOfRangeValue_WithAMessage()
    {
        Browser.Open(ConfigureUrl, "17-configure-invalid-before");
        var batchSize = Browser.WaitFor(By.Id("QueueBatchSize"), "the queue batch size field");
        batchSize.Clear();
        batchSize.SendKeys("1000");

        Browser.Driver.FindElement(By.CssSelector("#amazonchannel-configuration-form button[name='save']")).Click();

        var message = Browser.WaitUntil(d => d.FindElements(By.CssSelector("span.field-validation-error, .field-validation-error"))
            .FirstOrDefault(e => e.Displayed && e.Text.Trim().Length > 0), "the field's validation message")!;
        Browser.Screenshot("18-configure-invalid");
        Assert.That(message.Text, Does.Not.Contain("Plugins.Misc.AmazonChannel."), "the message is a localized text, not its key");
        Assert.That(Browser.SuccessNotifications(), Is.Empty);
    }

    [Test]
    public void ScheduleTasks_AreListed_WithTheirNames()
    {
        Browser.Open("/Admin/ScheduleTask/List", "07-schedule-tasks");
        Browser.WaitUntil(d => d.FindElement(By.TagName("body")).Text.Contains("Amazon channel: download orders"), "the plugin's tasks in the grid");

        Assert.That(Browser.Driver.FindElement(By.TagName("body")).Text, Does.Contain("Amazon channel: clean up sync history"));
    }

    [Test]
    public void Permission_IsListed_UnderAccessControl()
    {
        Browser.Open("/Admin/Security/Permissions", "08-permissions");
        var orders = Browser.WaitUntil(d => d.FindElements(By.CssSelector("table tbody tr"))
            .FirstOrDefault(r => r.Text.Trim() == "Orders"), "the Orders category of permissions")!;

        orders.FindElement(By.TagName("td")).Click();
        Browser.WaitUntil(d => d.FindElement(By.TagName("body")).Text.Contains("Manage Amazon channel"), "the plugin's permission under Orders");
        Browser.WaitForIdle();
        Browser.CheckPage("08-permissions-orders");

        Assert.That(Browser.Driver.FindElement(By.TagName("body")).Text, Does.Contain("Manage Amazon channel"));
    }

    [Test]
    public void OwnerChangesASetting_InAllSettings_AndItIsKept()
    {
        Browser.Open("/Admin/Setting/AllSettings?settingName=" + SettingName, "09-all-settings");
        var row = SettingRow();
        var newValue = RowCells(row)[1] == "20" ? "21" : "20";

        row.FindElement(By.CssSelector("a[id^='buttonEdit_']")).Click();
        // In edit mode the row shows inputs instead of text, so it is kept by reference, not found again by its text.
        var valueInput = Browser.WaitUntil(_ => row.FindElements(By.CssSelector("input")).Skip(1).FirstOrDefault(), "the inline value editor")!;
        valueInput.Clear();
        valueInput.SendKeys(newValue);
        Browser.Screenshot("10-setting-edited");
        row.FindElement(By.CssSelector("a[id^='buttonConfirm_']")).Click();
        Browser.WaitUntil(_ => LeftEditMode(row), "the grid to save the row");
        Browser.WaitForIdle();

        Browser.Open("/Admin/Setting/AllSettings?settingName=" + SettingName, "11-setting-saved");
        Assert.That(RowCells(SettingRow())[1], Is.EqualTo(newValue));
    }

    private IWebElement SettingRow() =>
        Browser.WaitUntil(d => d.FindElements(By.CssSelector("table tbody tr"))
            .FirstOrDefault(r => r.Text.Contains(SettingName, StringComparison.OrdinalIgnoreCase)), "the setting's row")!;

    /// <summary>The grid redraws after a save: the edited row is then replaced (stale) or back to text.</summary>
    private static bool LeftEditMode(IWebElement row)
    {
        try
        {
            return row.FindElements(By.CssSelector("input")).Count == 0;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
    }

    private static IReadOnlyList<string> RowCells(IWebElement row) =>
        row.FindElements(By.TagName("td")).Select(c => c.Text.Trim()).ToList();
}
