using System.Data;
using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Data;

/// <summary>
/// The plugin's base schema. Columns are explicit (lengths on every indexed string, so the indexes also fit SQL
/// Server's key size) and so are the indexes the sync flows query by.
/// </summary>
[NopMigration("2026/11/23 09:00:00", "Misc.AmazonChannel base schema", MigrationProcessType.Installation)]
public class SchemaMigration : Migration
{
    private const int AmazonIdLength = 50;
    private const int KeyLength = 200;

    public override void Up()
    {
        CreateAccountTable();
        CreateOrderLinkTable();
        CreateOrderItemLinkTable();
        CreateOutboundRequestTable();
        CreateSyncCheckpointTable();
        CreateSyncErrorTable();
        CreateSkuMappingTable();
        CreateSyncLogTable();
    }

    public override void Down()
    {
        foreach (var table in new[]
                 {
                     AmazonChannelTables.SyncLog, AmazonChannelTables.SkuMapping, AmazonChannelTables.SyncError,
                     AmazonChannelTables.SyncCheckpoint, AmazonChannelTables.OutboundRequest, AmazonChannelTables.OrderItemLink,
                     AmazonChannelTables.OrderLink, AmazonChannelTables.Account
                 })
        {
            if (Schema.Table(table).Exists())
                Delete.Table(table);
        }
    }

    private void CreateAccountTable()
    {
        Create.Table(AmazonChannelTables.Account)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("Name").AsString(KeyLength).NotNullable()
            .WithColumn("SellerId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("RegionId").AsInt32().NotNullable()
            .WithColumn("MarketplaceIds").AsString(1000).NotNullable()
            .WithColumn("LwaClientId").AsString(KeyLength).NotNullable()
            .WithColumn("LwaClientSecretEncrypted").AsString(int.MaxValue).NotNullable()
            .WithColumn("LwaClientSecretSetOnUtc").AsDateTime2().Nullable()
            .WithColumn("RefreshTokenEncrypted").AsString(int.MaxValue).NotNullable()
            .WithColumn("StoreId").AsInt32().NotNullable()
            .WithColumn("Enabled").AsBoolean().NotNullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable();

        Create.Index("IX_AmazonChannelAccount_SellerId_RegionId").OnTable(AmazonChannelTables.Account)
            .OnColumn("SellerId").Ascending()
            .OnColumn("RegionId").Ascending()
            .WithOptions().Unique();
    }

    private void CreateOrderLinkTable()
    {
        Create.Table(AmazonChannelTables.OrderLink)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelOrderLink_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("MarketplaceId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("AmazonOrderId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("OrderId").AsInt32().Nullable()
            .WithColumn("AmazonOrderStatusId").AsInt32().NotNullable()
            .WithColumn("FulfillmentChannelId").AsInt32().NotNullable()
            .WithColumn("SyncStatusId").AsInt32().NotNullable()
            .WithColumn("LastError").AsString(int.MaxValue).Nullable()
            .WithColumn("IsOnHold").AsBoolean().NotNullable()
            .WithColumn("IsArchived").AsBoolean().NotNullable()
            .WithColumn("OrderTotal").AsDecimal(18, 4).NotNullable()
            .WithColumn("CurrencyCode").AsString(5).Nullable()
            .WithColumn("PurchaseDateUtc").AsDateTime2().Nullable()
            .WithColumn("LastUpdateDateUtc").AsDateTime2().Nullable()
            .WithColumn("LatestShipDateUtc").AsDateTime2().Nullable()
            .WithColumn("IsBusinessOrder").AsBoolean().NotNullable()
            .WithColumn("PurchaseOrderNumber").AsString(AmazonOrderLink.PurchaseOrderNumberLength).Nullable()
            .WithColumn("BuyerCompanyName").AsString(AmazonOrderLink.BuyerCompanyNameLength).Nullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable();

        Create.Index("IX_AmazonChannelOrderLink_AccountId_AmazonOrderId").OnTable(AmazonChannelTables.OrderLink)
            .OnColumn("AccountId").Ascending()
            .OnColumn("AmazonOrderId").Ascending()
            .WithOptions().Unique();

        Create.Index("IX_AmazonChannelOrderLink_OrderId").OnTable(AmazonChannelTables.OrderLink)
            .OnColumn("OrderId").Ascending();

        Create.Index("IX_AmazonChannelOrderLink_Grid").OnTable(AmazonChannelTables.OrderLink)
            .OnColumn("IsArchived").Ascending()
            .OnColumn("SyncStatusId").Ascending()
            .OnColumn("PurchaseDateUtc").Descending();
    }

    private void CreateOrderItemLinkTable()
    {
        Create.Table(AmazonChannelTables.OrderItemLink)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OrderLinkId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelOrderItemLink_OrderLink", AmazonChannelTables.OrderLink, "Id").OnDelete(Rule.Cascade)
            .WithColumn("AmazonOrderItemId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("SellerSku").AsString(KeyLength).NotNullable()
            .WithColumn("OrderItemId").AsInt32().Nullable()
            .WithColumn("QuantityOrdered").AsInt32().NotNullable()
            .WithColumn("QuantityShipped").AsInt32().NotNullable()
            .WithColumn("QuantityCancelled").AsInt32().NotNullable()
            .WithColumn("StockAdjusted").AsBoolean().NotNullable();

        Create.Index("IX_AmazonChannelOrderItemLink_OrderLinkId_AmazonOrderItemId").OnTable(AmazonChannelTables.OrderItemLink)
            .OnColumn("OrderLinkId").Ascending()
            .OnColumn("AmazonOrderItemId").Ascending()
            .WithOptions().Unique();
    }

    private void CreateOutboundRequestTable()
    {
        Create.Table(AmazonChannelTables.OutboundRequest)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelOutboundRequest_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("OrderLinkId").AsInt32().Nullable()
            .WithColumn("AmazonOrderId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("KindId").AsInt32().NotNullable()
            .WithColumn("StateId").AsInt32().NotNullable()
            .WithColumn("IdempotencyKey").AsString(KeyLength).NotNullable()
            .WithColumn("Payload").AsString(int.MaxValue).NotNullable()
            .WithColumn("ReasonCode").AsString(AmazonIdLength).Nullable()
            .WithColumn("Attempts").AsInt32().NotNullable()
            .WithColumn("SendsWithoutEffect").AsInt32().NotNullable()
            .WithColumn("NextAttemptOnUtc").AsDateTime2().Nullable()
            .WithColumn("BatchId").AsGuid().Nullable()
            .WithColumn("FeedId").AsString(AmazonIdLength).Nullable()
            .WithColumn("FeedDocumentId").AsString(KeyLength).Nullable()
            .WithColumn("FeedMessageId").AsInt32().Nullable()
            .WithColumn("ResultCode").AsString(AmazonIdLength).Nullable()
            .WithColumn("ResultMessage").AsString(int.MaxValue).Nullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("CompletedOnUtc").AsDateTime2().Nullable()
            .WithColumn("HandledOnUtc").AsDateTime2().Nullable();

        Create.Index("IX_AmazonChannelOutboundRequest_AccountId_IdempotencyKey").OnTable(AmazonChannelTables.OutboundRequest)
            .OnColumn("AccountId").Ascending()
            .OnColumn("IdempotencyKey").Ascending()
            .WithOptions().Unique();

        Create.Index("IX_AmazonChannelOutboundRequest_StateId_NextAttemptOnUtc").OnTable(AmazonChannelTables.OutboundRequest)
            .OnColumn("StateId").Ascending()
            .OnColumn("NextAttemptOnUtc").Ascending();

        // CompletedRequestSweep: the few completed requests whose handler has not recorded its part, of each run.
        Create.Index("IX_AmazonChannelOutboundRequest_HandledOnUtc_StateId").OnTable(AmazonChannelTables.OutboundRequest)
            .OnColumn("HandledOnUtc").Ascending()
            .OnColumn("StateId").Ascending()
            .OnColumn("CompletedOnUtc").Ascending();

        Create.Index("IX_AmazonChannelOutboundRequest_OrderLinkId").OnTable(AmazonChannelTables.OutboundRequest)
            .OnColumn("OrderLinkId").Ascending();

        Create.Index("IX_AmazonChannelOutboundRequest_FeedId").OnTable(AmazonChannelTables.OutboundRequest)
            .OnColumn("FeedId").Ascending();
    }

    private void CreateSyncCheckpointTable()
    {
        Create.Table(AmazonChannelTables.SyncCheckpoint)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelSyncCheckpoint_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("MarketplaceId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("SyncKindId").AsInt32().NotNullable()
            .WithColumn("SyncedUpToUtc").AsDateTime2().NotNullable()
            .WithColumn("LastRunOnUtc").AsDateTime2().Nullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("FailedRuns").AsInt32().NotNullable()
            .WithColumn("FailingSinceUtc").AsDateTime2().Nullable()
            .WithColumn("PendingReportIds").AsString(1000).Nullable()
            .WithColumn("PendingWindowFromUtc").AsDateTime2().Nullable()
            .WithColumn("PendingWindowToUtc").AsDateTime2().Nullable()
            .WithColumn("PendingOrdersDone").AsInt32().NotNullable()
            .WithColumn("PendingPageToken").AsString(int.MaxValue).Nullable();

        Create.Index("IX_AmazonChannelSyncCheckpoint_Account_Marketplace_Kind").OnTable(AmazonChannelTables.SyncCheckpoint)
            .OnColumn("AccountId").Ascending()
            .OnColumn("MarketplaceId").Ascending()
            .OnColumn("SyncKindId").Ascending()
            .WithOptions().Unique();
    }

    private void CreateSyncErrorTable()
    {
        Create.Table(AmazonChannelTables.SyncError)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
            .WithColumn("OrderLinkId").AsInt32().Nullable()
            .WithColumn("AmazonOrderId").AsString(AmazonIdLength).Nullable()
            .WithColumn("KindId").AsInt32().NotNullable()
            .WithColumn("Code").AsString(KeyLength).NotNullable()
            .WithColumn("Arguments").AsString(int.MaxValue).Nullable()
            .WithColumn("Message").AsString(int.MaxValue).NotNullable()
            .WithColumn("Details").AsString(int.MaxValue).Nullable()
            .WithColumn("OccurredOnUtc").AsDateTime2().NotNullable()
            .WithColumn("IsResolved").AsBoolean().NotNullable()
            .WithColumn("ResolvedOnUtc").AsDateTime2().Nullable();

        Create.Index("IX_AmazonChannelSyncError_OrderLinkId").OnTable(AmazonChannelTables.SyncError)
            .OnColumn("OrderLinkId").Ascending();

        Create.Index("IX_AmazonChannelSyncError_IsResolved_OccurredOnUtc").OnTable(AmazonChannelTables.SyncError)
            .OnColumn("IsResolved").Ascending()
            .OnColumn("OccurredOnUtc").Descending();
    }

    private void CreateSkuMappingTable()
    {
        Create.Table(AmazonChannelTables.SkuMapping)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
            .WithColumn("SellerSku").AsString(KeyLength).NotNullable()
            .WithColumn("ProductId").AsInt32().NotNullable()
            .WithColumn("AttributeCombinationId").AsInt32().Nullable();

        Create.Index("IX_AmazonChannelSkuMapping_AccountId_SellerSku").OnTable(AmazonChannelTables.SkuMapping)
            .OnColumn("AccountId").Ascending()
            .OnColumn("SellerSku").Ascending()
            .WithOptions().Unique();
    }

    private void CreateSyncLogTable()
    {
        Create.Table(AmazonChannelTables.SyncLog)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
            .WithColumn("Operation").AsString(AmazonIdLength).NotNullable()
            .WithColumn("Method").AsString(AmazonIdLength).Nullable()
            .WithColumn("FeedId").AsString(AmazonIdLength).Nullable()
            .WithColumn("RecordsProcessed").AsInt32().NotNullable()
            .WithColumn("RecordsSucceeded").AsInt32().NotNullable()
            .WithColumn("RecordsFailed").AsInt32().NotNullable()
            .WithColumn("Succeeded").AsBoolean().NotNullable()
            .WithColumn("Message").AsString(int.MaxValue).Nullable()
            .WithColumn("StartedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("FinishedOnUtc").AsDateTime2().Nullable();

        Create.Index("IX_AmazonChannelSyncLog_StartedOnUtc").OnTable(AmazonChannelTables.SyncLog)
            .OnColumn("StartedOnUtc").Descending();
    }
}
