namespace Nop.Core.Events;

/// <summary>Published by nopCommerce's repository for an entity (stand-in).</summary>
public partial class EntityInsertedEvent<T> where T : BaseEntity
{
    public EntityInsertedEvent(T entity)
    {
        Entity = entity;
    }

    public T Entity { get; }
}
