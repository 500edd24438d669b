using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Core.Domain.Security;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Localization;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Tests;

namespace Nop.Plugin.Misc.AmazonChannel.IntegrationTests.Plugin;

/// <summary>Install and uninstall through nopCommerce's plugin service, as the admin's buttons and the next start do.</summary>
public class PluginInstallationTests : BaseNopTest
{
    [Test]
    public async Task Install_CreatesTablesSettingsResourcesTasksAndPermission_Uninstall_LeavesNothingBehind()
    {
        using var host = PluginHost.Start(ServiceProvider);
        await ForgetStartupPermissionAsync(host);
        Assert.That(await InstalledStateAsync(host), Is.EqualTo(InstalledState.Nothing), "a store that never had the plugin has none of its data");

        await host.InstallAsync();

        using (var scope = host.CreateScope())
        {
            Assert.That(await TablesAsync(scope), Is.EquivalentTo(AmazonChannelTables.ByEntity.Values), "nopCommerce's migration manager ran the schema migration");
            Assert.That(await MigrationVersionsAsync(scope), Has.Count.EqualTo(PluginMigrationCount()), "every migration is recorded in nopCommerce's version table");

            var settings = await Resolve<ISettingService>(scope).LoadSettingAsync<AmazonChannelSettings>();
            var defaults = AmazonChannelDefaults.CreateDefaultSettings();
            // nopCommerce stores a null string setting as "" (it reads back empty; the plugin treats both alike).
            foreach (var property in typeof(AmazonChannelSettings).GetProperties())
                Assert.That(property.GetValue(settings) ?? string.Empty, Is.EqualTo(property.GetValue(defaults) ?? string.Empty), property.Name);
            Assert.That(settings.EndpointOverride, Is.Empty);
            Assert.That(await SettingKeysAsync(scope), Has.Count.EqualTo(typeof(AmazonChannelSettings).GetProperties().Length));

            var resources = await ResourcesAsync(scope);
            Assert.That(resources.Select(r => r.ResourceName), Is.EquivalentTo(AmazonChannelLocaleResources.All.Keys).Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase));
            var byName = resources.ToDictionary(r => r.ResourceName, StringComparer.OrdinalIgnoreCase);
            Assert.That(byName[AmazonChannelLocaleResources.PermissionResourceName].ResourceValue, Is.EqualTo(AmazonChannelLocaleResources.All[AmazonChannelLocaleResources.PermissionResourceName]));

            var tasks = await TasksAsync(scope);
            Assert.That(tasks.Select(t => t.Type), Is.EquivalentTo(AmazonChannelDefaults.ScheduleTasks.Select(t => t.Type)));
            Assert.That(tasks.Select(t => t.Enabled), Is.All.False, "tasks wait for an account and the flow switched on");
            Assert.That(tasks.Single(t => t.Type == AmazonChannelDefaults.OrderImportTask.Type).Seconds, Is.EqualTo(AmazonChannelDefaults.OrderImportTask.DefaultSeconds));

            var permissionService = Resolve<IPermissionService>(scope);
            var permission = (await permissionService.GetAllPermissionRecordsAsync()).Single(p => p.SystemName == AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL);
            _permissionRecordId = permission.Id;
            var admin = await Resolve<ICustomerService>(scope).GetCustomerByEmailAsync(NopTestsDefaults.AdminEmail);
            Assert.That(await permissionService.AuthorizeAsync(permission.SystemName, admin), Is.True, "administrators hold the permission");
            var guest = await Resolve<ICustomerService>(scope).InsertGuestCustomerAsync();
            Assert.That(await permissionService.AuthorizeAsync(permission.SystemName, guest), Is.False);

            // The plugin's repositories work on the new tables through nopCommerce's data layer and name mapping.
            var accounts = Resolve<AmazonAccountService>(scope);
            var account = new AmazonAccount { Name = "US", SellerId = "A1SELLER", Region = AmazonRegion.NorthAmerica, MarketplaceIds = "ATVPDKIKX0DER", LwaClientId = "client", Enabled = true };
            await accounts.InsertAccountAsync(account, "secret", "Atzr|refresh");
            Assert.That((await accounts.GetAccountByIdAsync(account.Id))!.RefreshTokenEncrypted, Is.Not.EqualTo("Atzr|refresh"), "secrets are encrypted by nopCommerce's encryption service");
            Assert.That(accounts.GetCredentials(account).RefreshToken, Is.EqualTo("Atzr|refresh"));
        }

        await host.UninstallAsync();

        Assert.That(await InstalledStateAsync(host), Is.EqualTo(InstalledState.Nothing));

        // Installing again after an uninstall works (the version rows went with the tables).
        await host.InstallAsync();
        using (var scope = host.CreateScope())
            Assert.That(await TablesAsync(scope), Has.Count.EqualTo(AmazonChannelTables.ByEntity.Count));
        await host.UninstallAsync();
        Assert.That(await InstalledStateAsync(host), Is.EqualTo(InstalledState.Nothing));
    }

    private sealed record InstalledState(int Tables, int Versions, int Settings, int Resources, int Tasks, int Permissions)
    {
        public static InstalledState Nothing { get; } = new(0, 0, 0, 0, 0, 0);
    }

    private static int _permissionRecordId = -1;

    private static async Task<InstalledState> InstalledStateAsync(PluginHost host)
    {
        using var scope = host.CreateScope();
        var permissions = (await Resolve<IPermissionService>(scope).GetAllPermissionRecordsAsync()).Count(p => p.SystemName == AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL);
        // Role mappings of the plugin's permission record (or left behind by it: pointing at no record).
        var recordIds = (await Resolve<IRepository<PermissionRecord>>(scope).GetAllAsync(query => query)).Select(p => p.Id).ToHashSet();
        var mappings = (await Resolve<IRepository<PermissionRecordCustomerRoleMapping>>(scope).GetAllAsync(query => query))
            .Count(m => !recordIds.Contains(m.PermissionRecordId) || m.PermissionRecordId == _permissionRecordId);
        return new InstalledState((await TablesAsync(scope)).Count, (await MigrationVersionsAsync(scope)).Count, (await SettingKeysAsync(scope)).Count,
            (await ResourcesAsync(scope)).Count, (await TasksAsync(scope)).Count, permissions + mappings);
    }

    /// <summary>
    /// nopCommerce's start inserts the permission records of every loaded assembly (BaseNopTest's start did, with the
    /// plugin's assembly in the test folder): removed, so the test starts from a store that never loaded the plugin.
    /// </summary>
    private static async Task ForgetStartupPermissionAsync(PluginHost host)
    {
        using var scope = host.CreateScope();
        await Resolve<IPermissionService>(scope).DeletePermissionAsync(AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL);
        await Resolve<ILocalizationService>(scope).DeleteLocaleResourcesAsync(AmazonChannelLocaleResources.PermissionResourceName);
    }

    private static T Resolve<T>(IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    private static Task<IList<string>> TablesAsync(IServiceScope scope) =>
        Resolve<INopDataProvider>(scope).QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'AmazonChannel%'");

    /// <summary>The plugin's migrations: the base schema and one per flow that adds tables.</summary>
    private static int PluginMigrationCount() =>
        typeof(AmazonChannelTables).Assembly.GetTypes().Count(type => type.GetCustomAttributes(typeof(Nop.Data.Migrations.NopMigrationAttribute), false).Length > 0);

    private static Task<IList<string>> MigrationVersionsAsync(IServiceScope scope) =>
        Resolve<INopDataProvider>(scope).QueryAsync<string>("SELECT Description FROM MigrationVersionInfo WHERE Description LIKE 'Misc.AmazonChannel%'");

    private static async Task<IList<string>> SettingKeysAsync(IServiceScope scope) =>
        (await Resolve<ISettingService>(scope).GetAllSettingsAsync()).Select(s => s.Name).Where(name => name.StartsWith("amazonchannelsettings.", StringComparison.OrdinalIgnoreCase)).ToList();

    private static async Task<IList<LocaleStringResource>> ResourcesAsync(IServiceScope scope)
    {
        var all = await Resolve<IRepository<LocaleStringResource>>(scope).GetAllAsync(query => query);
        return all.Where(r => AmazonChannelLocaleResources.OwnedPrefixes.Any(prefix => r.ResourceName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private static async Task<IList<ScheduleTask>> TasksAsync(IServiceScope scope)
    {
        var types = AmazonChannelDefaults.ScheduleTasks.Select(t => t.Type).ToHashSet();
        return (await Resolve<IRepository<ScheduleTask>>(scope).GetAllAsync(query => query)).Where(t => types.Contains(t.Type)).ToList();
    }
}
