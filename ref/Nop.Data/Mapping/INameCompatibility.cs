namespace Nop.Data.Mapping;

/// <summary>Table and column names that differ from the entity and property names.</summary>
public partial interface INameCompatibility
{
    /// <summary>Table name per entity type.</summary>
    Dictionary<Type, string> TableNames { get; }

    /// <summary>Column name per (entity type, property name).</summary>
    Dictionary<(Type, string), string> ColumnName { get; }
}
