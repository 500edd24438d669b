namespace Nop.Core.Events;

/// <summary>Published by nopCommerce's repository for an entity (stand-in).</summary>
public partial class EntityUpdatedEvent<T> where T : BaseEntity
{
    public EntityUpdatedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
