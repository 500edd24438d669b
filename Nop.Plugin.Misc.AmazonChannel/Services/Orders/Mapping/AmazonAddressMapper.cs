using Nop.Core.Domain.Common;
using Nop.Plugin.Misc.AmazonChannel.Domain;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Orders.Mapping;

/// <summary>
/// Default address mapping: country by ISO code; state by abbreviation, then by name, within that country (an unknown
/// state leaves the state empty rather than failing the order); the full name split into first and last names.
/// </summary>
public class AmazonAddressMapper : IAmazonAddressMapper
{
    private readonly ICountryService _countryService;
    private readonly IStateProvinceService _stateProvinceService;
    private readonly TimeProvider _timeProvider;

    public AmazonAddressMapper(ICountryService countryService, IStateProvinceService stateProvinceService, TimeProvider timeProvider)
    {
        _countryService = countryService;
        _stateProvinceService = stateProvinceService;
        _timeProvider = timeProvider;
    }

    public async Task<Address> MapAsync(AmazonAddressSnapshot address, string? email)
    {
        ArgumentNullException.ThrowIfNull(address);

        if (string.IsNullOrWhiteSpace(address.AddressLine1) && string.IsNullOrWhiteSpace(address.AddressLine2) || string.IsNullOrWhiteSpace(address.City))
            throw new AmazonOrderMappingException(ImportErrorCodes.UnusableAddress, "street or city");

        if (string.IsNullOrWhiteSpace(address.CountryCode))
            throw new AmazonOrderMappingException(ImportErrorCodes.UnusableAddress, "country code");

        var country = await _countryService.GetCountryByTwoLetterIsoCodeAsync(address.CountryCode.Trim())
            ?? throw new AmazonOrderMappingException(ImportErrorCodes.UnknownCountry, Vocabulary(address.CountryCode));

        var stateId = await FindStateIdAsync(address.StateOrRegion, country.Id);
        var (firstName, lastName) = NameSplitter.Split(address.Name);
        var lines = new[] { address.AddressLine1, address.AddressLine2, address.AddressLine3 }.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => line!.Trim()).ToList();

        return new Address
        {
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Company = address.CompanyName,
            CountryId = country.Id,
            StateProvinceId = stateId,
            County = CountyWith(address.County, stateId is null ? address.StateOrRegion : null),
            City = address.City?.Trim(),
            Address1 = lines.ElementAtOrDefault(0),
            Address2 = lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null,
            ZipPostalCode = address.PostalCode?.Trim(),
            PhoneNumber = address.Phone,
            CreatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime
        };
    }

    /// <summary>
    /// A region the store has no state for is kept in the address's County (after Amazon's own district or county),
    /// never dropped: the label printed from the store address still carries it.
    /// </summary>
    private static string? CountyWith(string? county, string? unmatchedRegion)
    {
        var parts = new[] { county, unmatchedRegion }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>A country code as an error argument: a code is no buyer data, but the cell could hold anything.</summary>
    private static string Vocabulary(string value) => value.Trim().Length <= 3 ? value.Trim() : value.Trim()[..3] + "…";

    private async Task<int?> FindStateIdAsync(string? stateOrRegion, int countryId)
    {
        if (string.IsNullOrWhiteSpace(stateOrRegion))
            return null;

        var value = stateOrRegion.Trim();
        var byAbbreviation = await _stateProvinceService.GetStateProvinceByAbbreviationAsync(value, countryId);
        if (byAbbreviation is not null)
            return byAbbreviation.Id;

        var states = await _stateProvinceService.GetStateProvincesByCountryIdAsync(countryId);
        return states.FirstOrDefault(state => string.Equals(state.Name, value, StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
