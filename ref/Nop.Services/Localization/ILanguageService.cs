namespace Nop.Services.Localization;

/// <summary>Declared minimally: a signature of Nop.Web.Framework's BaseController needs the type. No members.</summary>
public partial interface ILanguageService;
