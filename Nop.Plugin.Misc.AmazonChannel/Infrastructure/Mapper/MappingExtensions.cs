using Nop.Core;
using Nop.Core.Configuration;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;

/// <summary>
/// Mapping calls shaped like nopCommerce's admin extensions (<c>ToModel</c>, <c>ToEntity</c>, <c>ToSettingsModel</c>,
/// <c>ToSettings</c>), on the plugin's own mapper (<see cref="AmazonChannelMapper"/>).
/// </summary>
public static class MappingExtensions
{
    public static TModel ToModel<TModel>(this BaseEntity entity) where TModel : BaseNopEntityModel =>
        AmazonChannelMapper.Mapper.Map<TModel>(entity);

    /// <summary>Copies the page's values onto an existing entity; what the map ignores (ID, secrets, timestamps) is kept.</summary>
    public static TEntity ToEntity<TEntity, TModel>(this TModel model, TEntity entity)
        where TEntity : BaseEntity where TModel : BaseNopEntityModel =>
        AmazonChannelMapper.Mapper.Map(model, entity);

    public static TModel ToSettingsModel<TModel>(this ISettings settings) where TModel : BaseNopModel =>
        AmazonChannelMapper.Mapper.Map<TModel>(settings);

    public static TSettings ToSettings<TSettings, TModel>(this TModel model, TSettings settings)
        where TSettings : ISettings where TModel : BaseNopModel =>
        AmazonChannelMapper.Mapper.Map(model, settings);
}
