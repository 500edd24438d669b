namespace Nop.Web.Framework.Menu;

/// <summary>
/// A node of the admin menu. The real lookup and insert methods walk the tree; here they return null / false, and
/// <see cref="PermissionNames"/> and <see cref="Url"/> just keep what they are given.
/// </summary>
public partial class AdminMenuItem
{
    protected IList<string> _permissionNames;
    protected string _url;

    public AdminMenuItem()
    {
        ChildNodes = new List<AdminMenuItem>();
    }

    protected virtual bool Insert(string itemSystemName, AdminMenuItem newMenuItem, bool before) => false;

    public bool ContainsSystemName(string systemName) => false;

    public AdminMenuItem GetItemBySystemName(string systemName) => null;

    public virtual bool InsertBefore(string itemSystemName, AdminMenuItem newMenuItem) => false;

    public virtual bool InsertAfter(string itemSystemName, AdminMenuItem newMenuItem) => false;

    public IList<string> PermissionNames
    {
        get => _permissionNames;
        set => _permissionNames = value;
    }

    public string SystemName { get; set; }

    public string Title { get; set; }

    public string Url
    {
        get => _url;
        set => _url = value;
    }

    public IList<AdminMenuItem> ChildNodes { get; set; }

    public string IconClass { get; set; }

    public bool Visible { get; set; } = true;

    public bool OpenUrlInNewTab { get; set; }

    public string ControllerName { get; protected set; }

    public string ActionName { get; protected set; }
}
