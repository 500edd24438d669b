using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

/// <summary>Published when the admin menu is built; consumers add their items to <see cref="RootMenuItem"/>.</summary>
public partial class AdminMenuCreatedEvent : BaseMenuItemCreatedEvent
{
    public AdminMenuCreatedEvent(IAdminMenu adminMenu, AdminMenuItem rootMenuItem) : base(adminMenu)
    {
        RootMenuItem = rootMenuItem;
    }

    public AdminMenuItem RootMenuItem { get; protected set; }
}
