using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

/// <summary>Country service (stand-in: a subset of the members).</summary>
public partial interface ICountryService
{
    Task<Country> GetCountryByIdAsync(int countryId);

    Task<Country> GetCountryByTwoLetterIsoCodeAsync(string twoLetterIsoCode);

    Task<Country> GetCountryByThreeLetterIsoCodeAsync(string threeLetterIsoCode);
}
