namespace Nop.Data.Mapping;

/// <summary>Describes an entity's table (stand-in: declared minimally, for BaseNopValidator's signature).</summary>
public partial class NopEntityDescriptor;
