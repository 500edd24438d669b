namespace Nop.Plugin.Misc.AmazonChannel.Services;

/// <summary>
/// What of an unexpected exception goes into nopCommerce's log: its type and stack trace, never its message. Messages
/// of database, HTTP and nopCommerce exceptions can quote the values involved (a duplicate key names the buyer's e-mail,
/// a failed request echoes its body), and no buyer data or secret may reach the log.
/// </summary>
public static class ExceptionLogText
{
    /// <summary>" (TypeName)" followed by the stack trace on the next lines; inner exceptions by type too.</summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var types = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
            types.Add(current.GetType().Name);
        return $" ({string.Join(" <- ", types)}){Environment.NewLine}{exception.StackTrace}";
    }
}
