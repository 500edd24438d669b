namespace Nop.Web.Framework.Models;

/// <summary>One language's values of a localized model.</summary>
public partial interface ILocalizedLocaleModel
{
    int LanguageId { get; set; }
}
