using System.Reflection;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Data;

/// <summary>
/// Which entity properties are database columns, by the rule nopCommerce's data layer applies: readable and writable
/// properties of a primitive, string, date, Guid or byte[] type (nullable or not). Enum wrappers over an *Id column
/// are therefore not columns.
/// </summary>
public static class EntityColumnRules
{
    private static readonly HashSet<Type> _columnTypes =
    [
        typeof(int), typeof(long), typeof(short), typeof(byte), typeof(bool), typeof(decimal), typeof(double),
        typeof(float), typeof(string), typeof(DateTime), typeof(DateTimeOffset), typeof(Guid), typeof(byte[])
    ];

    public static bool IsColumn(PropertyInfo property)
    {
        if (!property.CanRead || !property.CanWrite || property.GetIndexParameters().Length > 0)
            return false;

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return _columnTypes.Contains(type);
    }

    public static IEnumerable<PropertyInfo> Columns(Type entityType) =>
        entityType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsColumn);
}
