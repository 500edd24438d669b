using AutoMapper;

namespace Nop.Plugin.Misc.AmazonChannel.Infrastructure.Mapper;

/// <summary>
/// The plugin's AutoMapper mapper, built from <see cref="AmazonChannelMapperConfiguration"/> alone. nopCommerce adds the
/// profile to its own configuration too (it finds every <c>IOrderedMapperProfile</c>), but its mapper sits behind
/// <c>AutoMapperConfiguration.Mapper</c>, filled by the running engine, and its <c>ToModel</c>/<c>ToEntity</c>
/// extensions live in Nop.Web: neither exists where the plugin builds against ref/ or in the unit tests. This one is
/// AutoMapper itself, so the same mapping runs in the store, in both builds and in the tests.
/// </summary>
public static class AmazonChannelMapper
{
    private static readonly Lazy<MapperConfiguration> _configuration =
        new(() => new MapperConfiguration(configuration => configuration.AddProfile<AmazonChannelMapperConfiguration>()));

    private static readonly Lazy<IMapper> _mapper = new(() => _configuration.Value.CreateMapper());

    public static MapperConfiguration Configuration => _configuration.Value;

    public static IMapper Mapper => _mapper.Value;
}
