namespace Nop.Services.Helpers;

/// <summary>Only the conversion of UTC times to the admin's time zone.</summary>
public partial interface IDateTimeHelper
{
    Task<DateTime> ConvertToUserTimeAsync(DateTime dt, DateTimeKind sourceDateTimeKind);
}
