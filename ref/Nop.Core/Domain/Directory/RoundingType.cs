namespace Nop.Core.Domain.Directory;

/// <summary>How a currency's amounts are rounded.</summary>
public enum RoundingType
{
    Rounding001 = 0,

    Rounding005Up = 10,

    Rounding005Down = 20,

    Rounding01Up = 30,

    Rounding01Down = 40,

    Rounding05 = 50,

    Rounding1 = 60,

    Rounding1Up = 70
}
