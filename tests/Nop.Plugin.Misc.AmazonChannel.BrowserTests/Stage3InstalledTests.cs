using OpenQA.Selenium;

namespace Nop.Plugin.Misc.AmazonChannel.BrowserTests;

/// <summary>After the restart that applied the install: what a shop owner sees of the plugin in the admin.</summary>
[Category(StageCategories.Installed)]
public class Stage3InstalledTests : BrowserTestBase
{
    private const string SettingName = "amazonchannelsettings.queuebatchsize";

    [Test, Order(1)]
    public void Plugin_IsInstalled_InLocalPlugins()
    {
        OpenLocalPluginsFilteredToThePlugin("06-plugin-installed");

        Assert.That(Browser.Driver.FindElements(PluginButton("uninstall")), Has.Count.EqualTo(1), "an installed plugin offers Uninstall");
        Assert.That(Browser.Driver.FindElements(PluginButton("install")), Is.Empty);
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
