namespace Nop.Core.Domain.Catalog;

/// <summary>Period unit of a recurring product's cycle.</summary>
public enum RecurringProductCyclePeriod
{
    Days = 0,

    Weeks = 10,

    Months = 20,

    Years = 30,
}
