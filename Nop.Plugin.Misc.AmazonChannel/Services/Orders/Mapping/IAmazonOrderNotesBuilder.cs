namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// The order notes an imported order gets (Prime, Business, shipping speed, replacement, ship-by date, gift messages,
/// Amazon Custom). Replace it through DI to word them differently.
/// </summary>
public interface IAmazonOrderNotesBuilder
{
    IReadOnlyList<string> Build(AmazonOrderSnapshot order);
}
