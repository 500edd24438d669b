using Moq;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Admin;

/// <summary>The admin menu items and the SKU mapping CSV format.</summary>
public class AdminSmallPartsTests
{
    [Test]
    public async Task Menu_AddsTheAmazonPagesUnderSales_ForHoldersOfThePermission()
    {
        var sales = new AdminMenuItem { SystemName = "Sales", ChildNodes = [new AdminMenuItem { SystemName = "Orders" }] };
        var root = new AdminMenuItem { SystemName = "Home", ChildNodes = [new AdminMenuItem { SystemName = "Dashboard" }, sales] };
        var consumer = new AdminMenuConsumer(AdminTestKit.PluginResources().Object);

        await consumer.HandleEventAsync(new AdminMenuCreatedEvent(Mock.Of<IAdminMenu>(), root));

        Assert.That(sales.ChildNodes.Select(item => item.SystemName), Is.EqualTo(new[] { "Orders", "Amazon orders", "Amazon refund and cancellation queue", "Amazon sync log" }));
        Assert.That(sales.ChildNodes.Skip(1).Select(item => item.Title), Is.EqualTo(new[] { "Amazon orders", "Amazon refund and cancellation queue", "Amazon sync log" }));
        Assert.That(sales.ChildNodes.Skip(1).SelectMany(item => item.PermissionNames).Distinct(), Is.EqualTo(new[] { AmazonChannelPermissionConfigManager.MANAGE_AMAZON_CHANNEL }));
    }

    [Test]
    public async Task Menu_WithoutASalesNode_IsLeftAlone()
    {
        var root = new AdminMenuItem { SystemName = "Home", ChildNodes = [new AdminMenuItem { SystemName = "Dashboard" }] };

        await new AdminMenuConsumer(AdminTestKit.PluginResources().Object).HandleEventAsync(new AdminMenuCreatedEvent(Mock.Of<IAdminMenu>(), root));

        Assert.That(root.ChildNodes.Select(item => item.SystemName), Is.EqualTo(new[] { "Dashboard" }));
    }

    [Test]
    public void SkuCsv_RoundTrips_IncludingSkusWithCommasAndQuotes()
    {
        var mappings = new[]
        {
            new AmazonSkuMapping { AccountId = 0, SellerSku = "PLAIN-1", ProductId = 5 },
            new AmazonSkuMapping { AccountId = 3, SellerSku = "A,B \"big\"", ProductId = 6, AttributeCombinationId = 9 }
        };

        var text = SkuMappingCsv.Write(mappings);
        var (rows, bad) = SkuMappingCsv.Read(text);

        Assert.That(text, Does.StartWith(SkuMappingCsv.Header + "\r\n"));
        Assert.That(bad, Is.Empty);
        Assert.That(rows, Is.EqualTo(new[] { new SkuMappingCsvRow(0, "PLAIN-1", 5, null), new SkuMappingCsvRow(3, "A,B \"big\"", 6, 9) }));
    }

    [Test]
    public void SkuCsv_ReportsUnreadableLinesByNumber()
    {
        var (rows, bad) = SkuMappingCsv.Read("AccountId,SellerSku,ProductId,AttributeCombinationId\nx,SKU,1,\n0,,1\n0,OK,2\n0,NEG,-4\n0,\"open,1\n0,COMBO,3,z\n");

        Assert.That(rows, Is.EqualTo(new[] { new SkuMappingCsvRow(0, "OK", 2, null) }));
        Assert.That(bad, Is.EqualTo(new[] { 2, 3, 5, 6, 7 }));
    }
}
