using Nop.Core.Domain.Directory;

namespace Nop.Services.Directory;

/// <summary>Currency service (stand-in: a subset of the members).</summary>
public partial interface ICurrencyService
{
    Task<Currency> GetCurrencyByIdAsync(int currencyId);

    Task<Currency> GetCurrencyByCodeAsync(string currencyCode);

    /// <summary>Instance, synchronous: amount * exchangeRate.</summary>
    decimal ConvertCurrency(decimal amount, decimal exchangeRate);

    /// <summary>Note the parameter name: a Currency called sourceCurrencyCode.</summary>
    Task<decimal> ConvertToPrimaryStoreCurrencyAsync(decimal amount, Currency sourceCurrencyCode);
}
