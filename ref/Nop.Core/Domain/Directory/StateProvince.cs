using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Directory;

/// <summary>A state or province (stand-in: all stock 4.90 properties).</summary>
public partial class StateProvince : BaseEntity, ILocalizedEntity
{
    public int CountryId { get; set; }

    public string Name { get; set; }

    public string Abbreviation { get; set; }

    public bool Published { get; set; }

    public int DisplayOrder { get; set; }
}
