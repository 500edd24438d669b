using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders
{
    /// <summary>Chooses a column's type.</summary>
    public interface IColumnTypeSyntax<TNext> : IFluentSyntax
        where TNext : IFluentSyntax
    {
        TNext AsBoolean();

        TNext AsDateTime2();

        TNext AsDecimal(int size, int precision);

        TNext AsGuid();

        TNext AsInt32();

        TNext AsString(int size);
    }
}
