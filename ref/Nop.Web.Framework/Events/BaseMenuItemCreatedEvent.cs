using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

/// <summary>Base of the admin menu events; the real GetMenuItemUrl asks the admin menu, this one returns null.</summary>
public abstract partial class BaseMenuItemCreatedEvent
{
    private readonly IAdminMenu _adminMenu;

    protected BaseMenuItemCreatedEvent(IAdminMenu adminMenu)
    {
        _adminMenu = adminMenu;
    }

    public virtual string GetMenuItemUrl(string controllerName, string actionName) => null;
}
