namespace Nop.Core.Events;

/// <summary>Published by nopCommerce's repository for an entity (stand-in).</summary>
public partial class EntityDeletedEvent<T> where T : BaseEntity
{
    public EntityDeletedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
