namespace Nop.Core.Domain.Tax;

/// <summary>Validation state of a VAT number.</summary>
public enum VatNumberStatus
{
    Unknown = 0,

    Empty = 10,

    Valid = 20,

    Invalid = 30
}
