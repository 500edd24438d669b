using Nop.Data.Mapping;
using Nop.Plugin.Misc.AmazonChannel.Domain;

namespace Nop.Plugin.Misc.AmazonChannel.Data.Mapping;

/// <summary>
/// Gives the plugin's tables an "AmazonChannel" prefix so they can never clash with nopCommerce's or another plugin's.
/// </summary>
public class AmazonChannelNameCompatibility : INameCompatibility
{
    public Dictionary<Type, string> TableNames => AmazonChannelTables.ByEntity.ToDictionary(pair => pair.Key, pair => pair.Value);

    public Dictionary<(Type, string), string> ColumnName => new();
}
