namespace Nop.Core.Domain.Customers;

/// <summary>Default values related to customers (static get-only properties, as in nopCommerce).</summary>
public static partial class NopCustomerDefaults
{
    public static string AdministratorsRoleName => "Administrators";

    public static string RegisteredRoleName => "Registered";

    public static string GuestsRoleName => "Guests";

    public static string BackgroundTaskCustomerName => "BackgroundTask";
}
