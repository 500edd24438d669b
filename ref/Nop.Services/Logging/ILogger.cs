using Nop.Core.Domain.Customers;

namespace Nop.Services.Logging;

/// <summary>nopCommerce's log (stand-in: a subset of the members).</summary>
public partial interface ILogger
{
    Task InformationAsync(string message, Exception exception = null, Customer customer = null);

    void Information(string message, Exception exception = null, Customer customer = null);

    Task WarningAsync(string message, Exception exception = null, Customer customer = null);

    void Warning(string message, Exception exception = null, Customer customer = null);

    Task ErrorAsync(string message, Exception exception = null, Customer customer = null);

    void Error(string message, Exception exception = null, Customer customer = null);
}
