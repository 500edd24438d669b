namespace Nop.Web.Framework.Mvc.ModelBinding;

/// <summary>A model attribute nopCommerce's metadata provider copies into the model metadata.</summary>
public partial interface IModelAttribute
{
    string Name { get; }
}
