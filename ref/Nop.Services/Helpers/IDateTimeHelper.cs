namespace Nop.Services.Helpers;

/// <summary>Only the conversions between UTC and the admin's time zone.</summary>
public partial interface IDateTimeHelper
{
    Task<DateTime> ConvertToUserTimeAsync(DateTime dt, DateTimeKind sourceDateTimeKind);

    DateTime ConvertToUtcTime(DateTime dt, TimeZoneInfo sourceTimeZone);

    Task<TimeZoneInfo> GetCurrentTimeZoneAsync();
}
