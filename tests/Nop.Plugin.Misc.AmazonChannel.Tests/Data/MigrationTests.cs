using Nop.Plugin.Misc.AmazonChannel.Data;
using Nop.Plugin.Misc.AmazonChannel.Data.Mapping;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

public class MigrationTests
{
    private static readonly string[] _pluginTables =
    [
        AmazonChannelTables.Account, AmazonChannelTables.OrderLink, AmazonChannelTables.OrderItemLink,
        AmazonChannelTables.OutboundRequest, AmazonChannelTables.SyncCheckpoint, AmazonChannelTables.SyncError,
        AmazonChannelTables.SkuMapping, AmazonChannelTables.SyncLog,
        AmazonChannelTables.SkuBundleComponent, AmazonChannelTables.ReturnLink, AmazonChannelTables.Settlement,
        AmazonChannelTables.SettlementTransaction, AmazonChannelTables.BuyerDataErasure,
        AmazonChannelTables.RefundLedger, AmazonChannelTables.QueueRejection,
        AmazonChannelTables.OutboundFeed, AmazonChannelTables.CarrierMapping
    ];

    [Test]
    public void MigrateUp_CreatesEveryPluginTable()
    {
        using var database = new TestDatabase();

        Assert.That(database.GetTableNames(), Is.SupersetOf(_pluginTables));
    }

    [Test]
    public void MigrateDown_RemovesEveryPluginTable()
    {
        using var database = new TestDatabase();

        database.MigrateDown();

        Assert.That(database.GetTableNames().Where(name => name.StartsWith("AmazonChannel", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void MigrateUp_AfterDown_RecreatesTheSchema()
    {
        using var database = new TestDatabase();

        database.MigrateDown();
        database.MigrateUp();

        Assert.That(database.GetTableNames(), Is.SupersetOf(_pluginTables));
    }

    [TestCase(AmazonChannelTables.OrderLink, "IX_AmazonChannelOrderLink_AccountId_AmazonOrderId")]
    [TestCase(AmazonChannelTables.OrderItemLink, "IX_AmazonChannelOrderItemLink_OrderLinkId_AmazonOrderItemId")]
    [TestCase(AmazonChannelTables.OutboundRequest, "IX_AmazonChannelOutboundRequest_AccountId_IdempotencyKey")]
    [TestCase(AmazonChannelTables.SyncCheckpoint, "IX_AmazonChannelSyncCheckpoint_Account_Marketplace_Kind")]
    [TestCase(AmazonChannelTables.SkuMapping, "IX_AmazonChannelSkuMapping_AccountId_SellerSku")]
    [TestCase(AmazonChannelTables.ReturnLink, "IX_AmazonChannelReturnLink_AccountId_Rma_LineKey")]
    [TestCase(AmazonChannelTables.Settlement, "IX_AmazonChannelSettlement_AccountId_SettlementId")]
    [TestCase(AmazonChannelTables.BuyerDataErasure, "IX_AmazonChannelBuyerDataErasure_OrderLinkId")]
    [TestCase(AmazonChannelTables.RefundLedger, "IX_AmazonChannelRefundLedger_Line")]
    [TestCase(AmazonChannelTables.QueueRejection, "IX_AmazonChannelQueueRejection_OutboundRequestId")]
    public void MigrateUp_CreatesUniqueKeys(string table, string index)
    {
        using var database = new TestDatabase();

        var indexes = database.GetIndexes(table);

        Assert.That(indexes, Does.ContainKey(index));
        Assert.That(indexes[index], Is.True, $"{index} must be unique");
    }

    [Test]
    public void MigrateUp_IndexesTheRequestsTheOutcomeSweepLooksFor()
    {
        using var database = new TestDatabase();

        var indexes = database.GetIndexes(AmazonChannelTables.OutboundRequest);

        Assert.That(indexes, Does.ContainKey("IX_AmazonChannelOutboundRequest_HandledOnUtc_StateId"));
        Assert.That(indexes["IX_AmazonChannelOutboundRequest_HandledOnUtc_StateId"], Is.False, "many requests share a state");
    }

    [Test]
    public void NameCompatibility_PrefixesEveryTableAndMatchesTheMigration()
    {
        var tableNames = new AmazonChannelNameCompatibility().TableNames;

        Assert.That(tableNames.Values, Is.EquivalentTo(_pluginTables));
        Assert.That(tableNames.Values, Has.All.StartsWith("AmazonChannel"));
    }

    [Test]
    public void NameCompatibility_CoversEveryPluginEntity()
    {
        var entityTypes = typeof(AmazonChannelPlugin).Assembly.GetTypes()
            .Where(type => type.IsClass && !type.IsAbstract && type.IsSubclassOf(typeof(Nop.Core.BaseEntity)));

        Assert.That(new AmazonChannelNameCompatibility().TableNames.Keys, Is.EquivalentTo(entityTypes));
    }
}
