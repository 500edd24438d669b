namespace Nop.Web.Framework.Controllers;

/// <summary>Base of plugin controllers (the real one adds a validation-message filter, left out here).</summary>
public abstract partial class BasePluginController : BaseController;
