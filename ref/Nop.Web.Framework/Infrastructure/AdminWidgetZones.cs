namespace Nop.Web.Framework.Infrastructure;

/// <summary>Admin widget zone names (only those the plugin renders in).</summary>
public static partial class AdminWidgetZones
{
    public static string DashboardTop => "admin_dashboard_top";

    public static string OrderDetailsBlock => "admin_order_details_block";
}
