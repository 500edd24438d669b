using Nop.Core.Domain.Customers;

namespace Nop.Services.Security;

/// <summary>Permission service (stand-in: a subset of the members).</summary>
public partial interface IPermissionService
{
    /// <summary>Deletes the permission record with the system name and its role mappings.</summary>
    Task DeletePermissionAsync(string permissionSystemName);

    /// <summary>Whether the current customer has the permission.</summary>
    Task<bool> AuthorizeAsync(string permissionRecordSystemName);

    Task<bool> AuthorizeAsync(string permissionRecordSystemName, Customer customer);

    /// <summary>Inserts the permissions of every IPermissionConfigManager that are not stored yet.</summary>
    Task InsertPermissionsAsync();
}
