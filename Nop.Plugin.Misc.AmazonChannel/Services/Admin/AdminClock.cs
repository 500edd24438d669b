using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.AmazonChannel.Services.Admin;

/// <summary>The admin's time zone: UTC times shown in it, and its "today" and date filters as UTC bounds.</summary>
public class AdminClock
{
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly TimeProvider _timeProvider;

    public AdminClock(IDateTimeHelper dateTimeHelper, TimeProvider timeProvider)
    {
        _dateTimeHelper = dateTimeHelper;
        _timeProvider = timeProvider;
    }

    public DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    public Task<DateTime> ToAdminTimeAsync(DateTime utc) => _dateTimeHelper.ConvertToUserTimeAsync(utc, DateTimeKind.Utc);

    public async Task<DateTime?> ToAdminTimeAsync(DateTime? utc) => utc is { } value ? await ToAdminTimeAsync(value) : null;

    /// <summary>Today in the admin's time zone, as UTC bounds.</summary>
    public async Task<DayWindow> TodayAsync()
    {
        var zone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        var localToday = TimeZoneInfo.ConvertTimeFromUtc(UtcNow, zone).Date;
        return new DayWindow(_dateTimeHelper.ConvertToUtcTime(localToday, zone), _dateTimeHelper.ConvertToUtcTime(localToday.AddDays(1), zone));
    }

    /// <summary>The start of a date picked in the admin's time zone, as UTC.</summary>
    public async Task<DateTime?> StartOfDayUtcAsync(DateTime? adminDate, int addDays = 0)
    {
        if (adminDate is not { } date)
            return null;
        var zone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        return _dateTimeHelper.ConvertToUtcTime(DateTime.SpecifyKind(date.Date.AddDays(addDays), DateTimeKind.Unspecified), zone);
    }
}
