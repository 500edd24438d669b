using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;
using Nop.Services.Localization;
using Nop.Web.Framework.Models;

namespace Nop.Web.Framework.Controllers;

/// <summary>
/// Base of nopCommerce's controllers. Declared in full (the plugin derives from it through
/// <see cref="BasePluginController"/>); its filter attributes are left out and every member does nothing.
/// </summary>
public abstract partial class BaseController : Controller
{
    protected virtual Task<string> RenderViewComponentToStringAsync(Type componentType, object arguments = null) => Task.FromResult<string>(null);

    protected virtual Task<string> RenderPartialViewToStringAsync(string viewName, object model) => Task.FromResult<string>(null);

    protected JsonResult ErrorJson(string error) => null;

    protected JsonResult ErrorJson(object errors) => null;

    protected virtual void DisplayEditLink(string editPageUrl)
    {
    }

    protected virtual Task AddLocalesAsync<TLocalizedModelLocal>(ILanguageService languageService,
        IList<TLocalizedModelLocal> locales) where TLocalizedModelLocal : ILocalizedLocaleModel => Task.CompletedTask;

    protected virtual Task AddLocalesAsync<TLocalizedModelLocal>(ILanguageService languageService,
        IList<TLocalizedModelLocal> locales, Action<TLocalizedModelLocal, int> configure) where TLocalizedModelLocal : ILocalizedLocaleModel => Task.CompletedTask;

    protected virtual IActionResult AccessDeniedView() => null;

    protected virtual Task<JsonResult> AccessDeniedJsonAsync() => Task.FromResult<JsonResult>(null);

    public virtual void SaveSelectedCardName(string cardName, bool persistForTheNextRequest = true)
    {
    }

    public virtual Task SaveSelectedTabNameAsync(string tabName = "", bool persistForTheNextRequest = true) => Task.CompletedTask;

    protected virtual void SaveSelectedTabName(string tabName, StringValues selectedTabName, string dataKeyPrefix, bool persistForTheNextRequest)
    {
    }
}
