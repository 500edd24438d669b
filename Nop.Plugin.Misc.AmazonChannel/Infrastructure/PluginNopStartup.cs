using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.AmazonChannel.Factories;
using Nop.Plugin.Misc.AmazonChannel.Models;
using Nop.Plugin.Misc.AmazonChannel.Models.Accounts;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Auth;
using Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.RateLimiting;
using Nop.Plugin.Misc.AmazonChannel.Services;
using Nop.Plugin.Misc.AmazonChannel.Services.Admin;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders;
using Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;
using Nop.Plugin.Misc.AmazonChannel.Services.Outbox;
using Nop.Plugin.Misc.AmazonChannel.Services.Privacy;
using Nop.Plugin.Misc.AmazonChannel.Services.Refunds;
using Nop.Plugin.Misc.AmazonChannel.Services.Returns;
using Nop.Plugin.Misc.AmazonChannel.Services.Settlements;
using Nop.Web.Framework.Infrastructure.Extensions;

namespace Nop.Plugin.Misc.AmazonChannel.Infrastructure;

/// <summary>
/// Registers the plugin's services. Settings, consumers, permission managers and schedule tasks are found by
/// nopCommerce's type finder and need no registration. The mapping steps are registered with TryAdd: a plugin that
/// registers its own implementation first (a startup with a lower Order) replaces them.
/// </summary>
public class PluginNopStartup : INopStartup
{
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddAmazonSellingPartnerApi();
        // Host plumbing: nopCommerce's proxy settings for the SP-API client (as the bundled plugins do), and the client's
        // diagnostic log lines in nopCommerce's log (secrets redacted).
        services.AddHttpClient(SellingPartnerApiClientFactory.HttpClientName).WithProxy();
        services.Replace(ServiceDescriptor.Singleton(provider => new SellingPartnerApiClientFactory(
            provider.GetRequiredService<IHttpClientFactory>(),
            provider.GetRequiredService<TimeProvider>(),
            new NopLogLoggerFactory(provider.GetRequiredService<IServiceScopeFactory>()),
            provider.GetRequiredService<RateLimiterRegistry>(),
            provider.GetRequiredService<LwaTokenCache>())));
        services.AddScoped<AmazonClientProvider>();

        services.AddScoped<AmazonAccountService>();
        services.AddScoped<AmazonSyncErrorService>();
        services.AddScoped<AmazonSyncErrorText>();
        services.AddScoped<AmazonChannelSettingsProvider>();
        services.AddScoped<AmazonSyncCheckpointStore>();
        services.AddScoped<AmazonSyncLog>();
        services.AddScoped<HistoryCleanupService>();

        services.TryAddScoped<IAmazonCustomerResolver, AmazonCustomerResolver>();
        services.TryAddScoped<IAmazonAddressMapper, AmazonAddressMapper>();
        services.TryAddScoped<IAmazonProductResolver, AmazonProductResolver>();
        services.TryAddScoped<IAmazonOrderNotesBuilder, AmazonOrderNotesBuilder>();
        services.AddScoped<AmazonOrderMapper>();
        services.AddScoped<AmazonOrderLinkStore>();
        services.AddScoped<NativeOrderWriter>();
        services.AddScoped<AmazonOrderStatusSynchronizer>();
        services.AddScoped<AmazonOrderImporter>();
        services.AddScoped<ImportFailureRecorder>();
        services.TryAddScoped<IAmazonOrderSource, SpApiOrderSource>();
        services.AddScoped<BuyerRequestCheck>();
        services.AddScoped<AmazonOrderImportService>();

        services.AddScoped<ReturnLineResolver>();
        services.AddScoped<AmazonReturnProcessor>();
        services.TryAddScoped<IReturnsReportSource, SpApiReturnsReportSource>();
        services.AddScoped<ReturnsImportService>();
        services.TryAddScoped<IAmazonSideRefundLedger, RefundLedgerSettlementAdapter>();
        services.AddScoped<SettlementRecorder>();
        services.TryAddScoped<ISettlementReportSource, SpApiSettlementReportSource>();
        services.AddScoped<SettlementImportService>();
        services.AddScoped<StoreBuyerDataEraser>();
        services.AddScoped<BuyerDataRetentionService>();
        services.AddScoped<CredentialExpiryService>();
        services.AddScoped<CredentialExpiryNotices>();
        services.AddScoped<RefundLedger>();
        services.AddScoped<RefundOrderContext>();
        services.AddScoped<StoreOrderCanceller>();
        services.AddScoped<RefundRequestService>();
        services.AddScoped<CancellationRequestService>();
        services.AddScoped<RefundHandler>();
        services.AddScoped<CancellationHandler>();
        services.AddScoped<IOutboundRequestHandler>(provider => provider.GetRequiredService<RefundHandler>());
        services.AddScoped<IOutboundRequestHandler>(provider => provider.GetRequiredService<CancellationHandler>());
        services.AddScoped<RefundQueueService>();
        services.AddScoped<OutboxStore>();
        services.AddScoped<OutboxErrorRecorder>();
        services.AddScoped<OutboxTransitions>();
        services.AddScoped<DirectSender>();
        services.AddScoped<FeedSubmitter>();
        services.AddScoped<FeedResultProcessor>();
        services.AddScoped<OutboxProcessor>();
        services.AddScoped<OutboxRetryService>();
        services.AddScoped<CarrierMappingService>();
        services.AddScoped<ShipmentConfirmationPlanner>();
        services.AddScoped<ShipmentConfirmationService>();
        services.AddScoped<IOutboundRequestHandler, ShipmentConfirmationHandler>();
        services.AddScoped<IOutboxSweep, MissedShipmentSweep>();
        services.AddScoped<IOutboxSweep, CompletedRequestSweep>();
        services.AddScoped<IOutboxSweep, QueueRejectionSweep>();

        services.AddScoped<ConfigurationModelFactory>();
        services.AddScoped<AdminClock>();
        services.AddScoped<AmazonOrderGridQuery>();
        services.AddScoped<AmazonOrderAdminActions>();
        services.AddScoped<AmazonOrderModelFactory>();
        services.AddScoped<AmazonOrderDetailsModelFactory>();
        services.AddScoped<SyncLogModelFactory>();
        services.AddScoped<AmazonConnectionTester>();
        services.AddScoped<AmazonAccountModelFactory>();
        services.AddScoped<SkuMappingAdminService>();
        services.AddScoped<SkuMappingModelFactory>();
        services.AddScoped<AdminWidgetModelFactory>();
        services.AddScoped<OrderPanelActionsModelFactory>();
        services.AddScoped<ShipmentSendNow>();
        services.AddScoped<CarrierMappingModelFactory>();
        services.AddScoped<FeedLogModelFactory>();
        services.AddScoped<QueueModelFactory>();
    }

    public void Configure(IApplicationBuilder application)
    {
    }

    // After nopCommerce's own registrations (2000).
    public int Order => 3000;
}
