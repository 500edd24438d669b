namespace Nop.Services.Security;

/// <summary>
/// System names of the standard permissions (stand-in: a subset). nopCommerce declares these as non-static partial
/// classes; the values are "{nested class name}.{PascalCase name}".
/// </summary>
public partial class StandardPermission
{
    public partial class Orders
    {
        public const string ORDERS_VIEW = "Orders.OrdersView";
        public const string ORDERS_CREATE_EDIT_DELETE = "Orders.OrdersCreateEditDelete";
        public const string ORDERS_IMPORT_EXPORT = "Orders.OrdersImportExport";
        public const string SHIPMENTS_VIEW = "Orders.ShipmentsView";
        public const string SHIPMENTS_CREATE_EDIT_DELETE = "Orders.ShipmentsCreateEditDelete";
        public const string RETURN_REQUESTS_VIEW = "Orders.ReturnRequestsView";
        public const string RETURN_REQUESTS_CREATE_EDIT_DELETE = "Orders.ReturnRequestsCreateEditDelete";
    }

    public partial class Configuration
    {
        public const string MANAGE_WIDGETS = "Configuration.ManageWidgets";
        public const string MANAGE_SETTINGS = "Configuration.ManageSettings";
        public const string MANAGE_PLUGINS = "Configuration.ManagePlugins";
    }

    public partial class System
    {
        public const string MANAGE_SCHEDULE_TASKS = "System.ManageScheduleTasks";
    }

    public partial class Security
    {
        public const string ACCESS_ADMIN_PANEL = "Security.AccessAdminPanel";
    }
}
