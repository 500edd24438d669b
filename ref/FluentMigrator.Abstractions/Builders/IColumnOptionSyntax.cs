using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders
{
    /// <summary>Options of a column: keys, nullability, foreign keys.</summary>
    public interface IColumnOptionSyntax<TNext, TNextFk> : IFluentSyntax
        where TNext : IFluentSyntax
        where TNextFk : IFluentSyntax
    {
        TNext Identity();

        TNext PrimaryKey();

        TNext Nullable();

        TNext NotNullable();

        TNextFk ForeignKey(string foreignKeyName, string primaryTableName, string primaryColumnName);
    }
}
