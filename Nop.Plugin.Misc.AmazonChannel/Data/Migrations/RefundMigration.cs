using System.Data;
using FluentMigrator;
using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.AmazonChannel.Data.Migrations;

/// <summary>
/// Tables of the refund and cancellation flow: the refund ledger and the queue's rejections.
/// </summary>
[NopMigration("2026/12/05 12:00:00", "Misc.AmazonChannel refunds and cancellations", MigrationProcessType.Installation)]
public class RefundMigration : Migration
{
    private const int AmazonIdLength = 50;
    private const int KeyLength = 200;

    public override void Up()
    {
        Create.Table(AmazonChannelTables.RefundLedger)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("AccountId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelRefundLedger_Account", AmazonChannelTables.Account, "Id").OnDelete(Rule.Cascade)
            .WithColumn("OrderLinkId").AsInt32().NotNullable()
            .WithColumn("AmazonOrderId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("AmazonOrderItemId").AsString(AmazonIdLength).NotNullable()
            .WithColumn("ComponentId").AsInt32().NotNullable()
            .WithColumn("SourceId").AsInt32().NotNullable()
            .WithColumn("StatusId").AsInt32().NotNullable()
            .WithColumn("Amount").AsDecimal(18, 4).NotNullable()
            .WithColumn("CurrencyCode").AsString(3).NotNullable()
            .WithColumn("Reference").AsString(KeyLength).NotNullable()
            .WithColumn("OutboundRequestId").AsInt32().Nullable()
            .WithColumn("CreatedOnUtc").AsDateTime2().NotNullable()
            .WithColumn("UpdatedOnUtc").AsDateTime2().NotNullable();

        Create.Index("IX_AmazonChannelRefundLedger_Line").OnTable(AmazonChannelTables.RefundLedger)
            .OnColumn("AccountId").Ascending()
            .OnColumn("AmazonOrderId").Ascending()
            .OnColumn("AmazonOrderItemId").Ascending()
            .OnColumn("ComponentId").Ascending()
            .OnColumn("SourceId").Ascending()
            .OnColumn("Reference").Ascending()
            .WithOptions().Unique();

        Create.Index("IX_AmazonChannelRefundLedger_OrderLinkId").OnTable(AmazonChannelTables.RefundLedger)
            .OnColumn("OrderLinkId").Ascending();

        Create.Index("IX_AmazonChannelRefundLedger_OutboundRequestId").OnTable(AmazonChannelTables.RefundLedger)
            .OnColumn("OutboundRequestId").Ascending();

        Create.Table(AmazonChannelTables.QueueRejection)
            .WithColumn("Id").AsInt32().PrimaryKey().Identity()
            .WithColumn("OutboundRequestId").AsInt32().NotNullable()
                .ForeignKey("FK_AmazonChannelQueueRejection_Request", AmazonChannelTables.OutboundRequest, "Id").OnDelete(Rule.Cascade)
            .WithColumn("RejectedByCustomerId").AsInt32().NotNullable()
            .WithColumn("RejectedBy").AsString(KeyLength).NotNullable()
            .WithColumn("Reason").AsString(int.MaxValue).NotNullable()
            .WithColumn("RejectedOnUtc").AsDateTime2().NotNullable();

        Create.Index("IX_AmazonChannelQueueRejection_OutboundRequestId").OnTable(AmazonChannelTables.QueueRejection)
            .OnColumn("OutboundRequestId").Ascending()
            .WithOptions().Unique();
    }

    public override void Down()
    {
        foreach (var table in new[] { AmazonChannelTables.QueueRejection, AmazonChannelTables.RefundLedger })
        {
            if (Schema.Table(table).Exists())
                Delete.Table(table);
        }
    }
}
