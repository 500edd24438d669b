namespace Nop.Web.Framework.Models;

/// <summary>A model of an entity: the entity's identifier. Admin pages pass such models to widgets.</summary>
public partial record BaseNopEntityModel : BaseNopModel
{
    public virtual int Id { get; set; }
}
