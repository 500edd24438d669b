namespace Nop.Plugin.Misc.AmazonChannel.Domain;

/// <summary>
/// Selling Partner API region an Amazon account belongs to (a refresh token is issued per region).
/// </summary>
public enum AmazonRegion
{
    NorthAmerica = 10,
    Europe = 20,
    FarEast = 30
}
