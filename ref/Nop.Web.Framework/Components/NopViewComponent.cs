using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Web.Framework.Components;

/// <summary>
/// Base of nopCommerce's view components. Declared in full (the plugin derives from it); the real View methods publish
/// a "model prepared" event first, these return null.
/// </summary>
public abstract partial class NopViewComponent : ViewComponent
{
    public new ViewViewComponentResult View<TModel>(string viewName, TModel model) => null;

    public new ViewViewComponentResult View<TModel>(TModel model) => null;

    public new ViewViewComponentResult View(string viewName) => null;
}
