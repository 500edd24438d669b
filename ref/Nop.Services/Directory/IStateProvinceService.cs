using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

/// <summary>State/province service (stand-in: a subset of the members).</summary>
public partial interface IStateProvinceService
{
    Task<StateProvince> GetStateProvinceByAbbreviationAsync(string abbreviation, int? countryId = null);

    Task<IList<StateProvince>> GetStateProvincesByCountryIdAsync(int countryId, int languageId = 0, bool showHidden = false);
}
