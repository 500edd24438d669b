namespace Nop.Core.Domain.Catalog;

/// <summary>Period unit of a rental product's price.</summary>
public enum RentalPricePeriod
{
    Days = 0,

    Weeks = 10,

    Months = 20,

    Years = 30,
}
