using System.Data;
using FluentMigrator;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.AmazonChannel.Data.Migrations;

/// <summary>
/// Tables of the returns, settlements and buyer-data retention flows (issue 13). The account's
/// LwaClientSecretSetOnUtc column is in <see cref="SchemaMigration"/> (new columns on existing tables go there).
/// </summary>
[NopMigration("2026/12/05 14:00:00", "Misc.AmazonChannel returns, settlements, buyer data retention", MigrationProcessType.Installation)]
public class ReturnsSettlementsMigration : Migration
{
    private const int AmazonIdLength = 50;
    private const int KeyLength = 200;

    public override void Up()
    {
        Create.Table(AmazonChannelTables.SkuBundleComponent)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("SkuMappingId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelSkuBundleComponent_SkuMapping", AmazonChannelTables.SkuMapping, "Id").OnDelete(Rule.Cascade)
            .WithColumn("ProductId").AsInt32().NotNullable()
            .WithColumn("AttributeCombinationId").AsInt32().Nullable()
            .WithColumn("Quantity").AsInt32().NotNullable();
        Create.Index("IX_AmazonChannelSkuBundleComponent_SkuMappingId").OnTable(AmazonChannelTables.SkuBundleComponent)
            .OnColumn("SkuMappingId").Ascending();

        Create.Table(AmazonChannelTables.ReturnLink)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelReturnLink_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("OrderLinkId").AsInt32().Nullable()
            .WithColumn("AmazonOrderId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("AmazonRmaId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("LineKey").AsString(KeyLength).NotNullable()
            .WithColumn("ReturnRequestId").AsInt32().NotNullable()
            .WithColumn("AmazonStatus").AsString(AmazonIdLength).NotNullable()
            .WithColumn("Quantity").AsInt32().NotNullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable();
        Create.Index("IX_AmazonChannelReturnLink_AccountId_Rma_LineKey").OnTable(AmazonChannelTables.ReturnLink)
            .OnColumn("AccountId").Ascending()
            .OnColumn("AmazonRmaId").Ascending()
            .OnColumn("LineKey").Ascending()
            .WithOptions().Unique();

        Create.Table(AmazonChannelTables.Settlement)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelSettlement_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("SettlementId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("ReportId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("CurrencyCode").AsString(10).NotNullable()
            .WithColumn("StartDateUtc").AsDateTime2().Nullable()
            .WithColumn("EndDateUtc").AsDateTime2().Nullable()
            .WithColumn("DepositDateUtc").AsDateTime2().Nullable()
            .WithColumn("TotalAmount").AsDecimal(18, 4).NotNullable()
            .WithColumn("TransactionCount").AsInt32().NotNullable()
            .WithColumn("RecordedOnUtc").AsDateTime2().NotNullable();
        Create.Index("IX_AmazonChannelSettlement_AccountId_SettlementId").OnTable(AmazonChannelTables.Settlement)
            .OnColumn("AccountId").Ascending()
            .OnColumn("SettlementId").Ascending()
            .WithOptions().Unique();

        Create.Table(AmazonChannelTables.SettlementTransaction)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("SettlementRecordId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelSettlementTransaction_Settlement", AmazonChannelTables.Settlement, "Id").OnDelete(Rule.Cascade)
            .WithColumn("AccountId").AsInt32().NotNullable()
            .WithColumn("OrderLinkId").AsInt32().Nullable()
            .WithColumn("OrderId").AsInt32().Nullable()
            .WithColumn("AmazonOrderId").AsString(AmazonIdLength).Nullable()
            .WithColumn("TransactionType").AsString(100).NotNullable()
            .WithColumn("AdjustmentId").AsString(AmazonIdLength).Nullable()
            .WithColumn("Sales").AsDecimal(18, 4).NotNullable()
            .WithColumn("Promotions").AsDecimal(18, 4).NotNullable()
            .WithColumn("Fees").AsDecimal(18, 4).NotNullable()
            .WithColumn("Other").AsDecimal(18, 4).NotNullable()
            .WithColumn("Net").AsDecimal(18, 4).NotNullable()
            .WithColumn("RefundedToBuyer").AsDecimal(18, 4).NotNullable()
            .WithColumn("IsAmazonSideRefund").AsBoolean().NotNullable()
            .WithColumn("CurrencyCode").AsString(10).NotNullable()
            .WithColumn("PostedDateUtc").AsDateTime2().Nullable();
        Create.Index("IX_AmazonChannelSettlementTransaction_OrderLinkId").OnTable(AmazonChannelTables.SettlementTransaction)
            .OnColumn("OrderLinkId").Ascending();

        Create.Table(AmazonChannelTables.BuyerDataErasure)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
            .WithColumn("OrderLinkId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelBuyerDataErasure_OrderLink", AmazonChannelTables.OrderLink, "Id").OnDelete(Rule.Cascade)
            .WithColumn("OrderId").AsInt32().Nullable()
            .WithColumn("ErasedOnUtc").AsDateTime2().NotNullable();
        Create.Index("IX_AmazonChannelBuyerDataErasure_OrderLinkId").OnTable(AmazonChannelTables.BuyerDataErasure)
            .OnColumn("OrderLinkId").Ascending()
            .WithOptions().Unique();
    }

    public override void Down()
    {
        foreach (var table in new[]
                 {
                     AmazonChannelTables.BuyerDataErasure, AmazonChannelTables.SettlementTransaction,
                     AmazonChannelTables.Settlement, AmazonChannelTables.ReturnLink, AmazonChannelTables.SkuBundleComponent
                 })
        {
            if (Schema.Table(table).Exists())
                Delete.Table(table);
        }
    }
}
