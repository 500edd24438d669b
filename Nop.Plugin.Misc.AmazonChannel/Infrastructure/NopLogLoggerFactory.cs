using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Plugin.Misc.AmazonChannel.Services.Amazon;
using NopLogger = Nop.Services.Logging.ILogger;

namespace Nop.Plugin.Misc.AmazonChannel.Infrastructure;

/// <summary>
/// Brings the SP-API client's diagnostic log lines (Microsoft.Extensions.Logging: the client knows no nopCommerce type)
/// into nopCommerce's log: warnings and errors only (retries, give-ups, Login with Amazon refusals; the per-request
/// debug lines would flood the log table), with secrets redacted and an exception named by its type only.
/// </summary>
public sealed class NopLogLoggerFactory : ILoggerFactory
{
    public const string Prefix = "Amazon channel (SP-API): ";

    private readonly IServiceScopeFactory _scopeFactory;

    public NopLogLoggerFactory(IServiceScopeFactory scopeFactory)
    {
        _scopeFactory = scopeFactory;
    }

    public ILogger CreateLogger(string categoryName) => new NopLogLogger(_scopeFactory);

    public void AddProvider(ILoggerProvider provider)
    {
        // The nopCommerce log is the one destination.
    }

    public void Dispose()
    {
        // Nothing owned: each line uses a scope of its own.
    }

    private sealed class NopLogLogger(IServiceScopeFactory scopeFactory) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel is LogLevel.Warning or LogLevel.Error or LogLevel.Critical;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
                return;
            var message = Prefix + SecretRedactor.Redact(formatter(state, null))
                + (exception is null ? string.Empty : $" ({exception.GetType().Name})");
            try
            {
                // The client logs synchronously; nopCommerce's logger is async and scoped (it writes through a repository).
                using var scope = scopeFactory.CreateScope();
                var logger = scope.ServiceProvider.GetRequiredService<NopLogger>();
                var write = logLevel == LogLevel.Warning ? logger.WarningAsync(message) : logger.ErrorAsync(message);
                write.GetAwaiter().GetResult();
            }
            catch (Exception)
            {
                // A log line must never break the call it describes.
            }
        }
    }
}
