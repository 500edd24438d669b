namespace Nop.Web.Framework;

/// <summary>Names of the MVC areas nopCommerce defines.</summary>
public static class AreaNames
{
    public const string ADMIN = "Admin";
}
