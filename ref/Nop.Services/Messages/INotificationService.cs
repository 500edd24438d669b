namespace Nop.Services.Messages;

/// <summary>Admin-area notifications (stand-in: a subset of the members).</summary>
public partial interface INotificationService
{
    void SuccessNotification(string message, bool encode = true, int timeout = 0);

    void WarningNotification(string message, bool encode = true, int timeout = 0);

    void ErrorNotification(string message, bool encode = true, int timeout = 0);

    /// <summary>Shows the exception's message and, by default, logs it.</summary>
    Task ErrorNotificationAsync(Exception exception, bool logException = true, int timeout = 0);
}
