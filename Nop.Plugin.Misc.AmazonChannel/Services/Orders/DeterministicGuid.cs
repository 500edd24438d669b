using System.Security.Cryptography;
using System.Text;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders;

/// <summary>
/// Name-based GUIDs: the same Amazon order (or order item) always gets the same store order GUID, so nopCommerce's
/// unique order GUID key rejects a second store order for it even when two imports race.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("Nop.Plugin.Misc.AmazonChannel:" + name));
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8 (custom), as RFC 9562 allows for name-based hashes
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(bytes);
    }

    public static Guid ForOrder(int accountId, string amazonOrderId) => Create($"order:{accountId}:{amazonOrderId}");

    public static Guid ForOrderItem(int accountId, string amazonOrderId, string amazonOrderItemId) =>
        Create($"order-item:{accountId}:{amazonOrderId}:{amazonOrderItemId}");
}
