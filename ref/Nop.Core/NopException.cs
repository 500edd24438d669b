namespace Nop.Core;

/// <summary>nopCommerce's general exception (stand-in: all four ctors).</summary>
public partial class NopException : Exception
{
    public NopException()
    {
    }

    public NopException(string message)
        : base(message)
    {
    }

    public NopException(string messageFormat, params object[] args)
        : base(string.Format(messageFormat, args))
    {
    }

    public NopException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
