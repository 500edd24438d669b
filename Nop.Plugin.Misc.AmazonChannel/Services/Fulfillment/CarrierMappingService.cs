using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Fulfillment;

/// <summary>The carrier Amazon is told for a shipment: code (from Amazon's list), name (for Other), ship method.</summary>
public sealed record AmazonCarrier(string CarrierCode, string? CarrierName, string? ShippingMethod);

/// <summary>
/// The owner-editable carrier mapping (list, insert, update, delete for the admin pages) and the choice of carrier
/// for an order: the row for the order's shipping method, else the row for its rate computation method, else the
/// tracking number's format; otherwise none (a sync error the admin fixes, never a guess).
/// </summary>
public class CarrierMappingService
{
    private readonly IRepository<AmazonCarrierMapping> _mappings;
    private readonly TimeProvider _timeProvider;

    public CarrierMappingService(IRepository<AmazonCarrierMapping> mappings, TimeProvider timeProvider)
    {
        _mappings = mappings;
        _timeProvider = timeProvider;
    }

    public Task<IList<AmazonCarrierMapping>> GetAllAsync() => _mappings.GetAllAsync(query => query.OrderBy(m => m.NopShippingValue));

    public async Task<AmazonCarrierMapping?> GetByIdAsync(int id) => (await _mappings.GetAllAsync(query => query.Where(m => m.Id == id))).FirstOrDefault();

    /// <summary>Inserts a row; throws <see cref="ArgumentException"/> naming what is wrong (unknown code, Other without name, duplicate value).</summary>
    public async Task InsertAsync(AmazonCarrierMapping mapping)
    {
        await ValidateAsync(mapping);
        mapping.CreatedOnUtc = mapping.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _mappings.InsertAsync(mapping, false);
    }

    public async Task UpdateAsync(AmazonCarrierMapping mapping)
    {
        await ValidateAsync(mapping);
        mapping.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _mappings.UpdateAsync(mapping, false);
    }

    public Task DeleteAsync(AmazonCarrierMapping mapping) => _mappings.DeleteAsync(mapping, false);

    /// <summary>The carrier for an order, or null when neither a mapping row nor the tracking number tells it.</summary>
    public async Task<AmazonCarrier?> ResolveAsync(Order order, string? trackingNumber)
    {
        var rows = await _mappings.GetAllAsync(query => query);
        var row = Match(rows, order.ShippingMethod) ?? Match(rows, order.ShippingRateComputationMethodSystemName);
        if (row is not null)
            return new AmazonCarrier(row.CarrierCode, row.CarrierCode == AmazonCarrierCodes.Other ? row.CarrierName : null, Blank(row.ShippingMethod) ?? Blank(order.ShippingMethod));

        var fromTracking = AmazonCarrierCodes.FromTrackingNumber(trackingNumber);
        return fromTracking is null ? null : new AmazonCarrier(fromTracking, null, Blank(order.ShippingMethod));
    }

    private static AmazonCarrierMapping? Match(IEnumerable<AmazonCarrierMapping> rows, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : rows.FirstOrDefault(r => string.Equals(r.NopShippingValue.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length > 50 ? value.Trim()[..50] : value.Trim();

    private async Task ValidateAsync(AmazonCarrierMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (string.IsNullOrWhiteSpace(mapping.NopShippingValue))
            throw new ArgumentException("Enter the store's shipping method or rate computation method system name.", nameof(mapping));
        if (!AmazonCarrierCodes.IsKnown(mapping.CarrierCode))
            throw new ArgumentException($"'{mapping.CarrierCode}' is not one of Amazon's carrier codes (spelling and case must match).", nameof(mapping));
        if (mapping.CarrierCode == AmazonCarrierCodes.Other && string.IsNullOrWhiteSpace(mapping.CarrierName))
            throw new ArgumentException("Amazon needs a carrier name with carrier code Other.", nameof(mapping));
        var value = mapping.NopShippingValue.Trim();
        var duplicate = (await _mappings.GetAllAsync(query => query.Where(m => m.Id != mapping.Id))).Any(m => string.Equals(m.NopShippingValue.Trim(), value, StringComparison.OrdinalIgnoreCase));
        if (duplicate)
            throw new ArgumentException($"A carrier mapping for '{value}' exists already.", nameof(mapping));
        mapping.NopShippingValue = value;
    }
}
