namespace Nop.Plugin.Misc.AmazonChannel.Controllers;

/// <summary>Virtual paths of the plugin's admin views (nopCommerce compiles them from the plugin folder at run time).</summary>
public static class AdminViews
{
    private const string Root = "~/Plugins/" + AmazonChannelDefaults.SystemName + "/Views/";

    public const string OrderList = Root + "Orders/List.cshtml";
    public const string OrderDetails = Root + "Orders/Details.cshtml";
    public const string SyncLog = Root + "SyncLog/List.cshtml";
    public const string Queue = Root + "Queue/List.cshtml";
    public const string AccountEdit = Root + "Accounts/Edit.cshtml";
    public const string SkuMappingList = Root + "SkuMappings/List.cshtml";
    public const string DashboardCard = Root + "Widgets/DashboardCard.cshtml";
    public const string OrderPanel = Root + "Widgets/OrderPanel.cshtml";
    public const string CarrierMappingGrid = Root + "CarrierMappings/Grid.cshtml";
    public const string OrderPanelShipments = Root + "Widgets/OrderPanelShipments.cshtml";
    public const string OrderPanelCancel = Root + "Widgets/OrderPanelCancel.cshtml";
    public const string OrderPanelRefund = Root + "Widgets/OrderPanelRefund.cshtml";
}
