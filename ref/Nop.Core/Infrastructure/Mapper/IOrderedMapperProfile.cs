namespace Nop.Core.Infrastructure.Mapper;

/// <summary>An AutoMapper profile nopCommerce adds to its mapper configuration, sorted by <see cref="Order"/>.</summary>
public partial interface IOrderedMapperProfile
{
    int Order { get; }
}
