using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc.Filters;

/// <summary>Lets only customers with access to the admin area through. The stand-in's filter is empty.</summary>
public sealed class AuthorizeAdminAttribute : TypeFilterAttribute
{
    public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(AuthorizeAdminFilter))
    {
        IgnoreFilter = ignore;
    }

    public bool IgnoreFilter { get; }

    private sealed class AuthorizeAdminFilter;
}
