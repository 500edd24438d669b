using System.Data;
using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders
{
    /// <summary>Cascade rules of a foreign key.</summary>
    public interface IForeignKeyCascadeSyntax<TNext, TNextFk> : IFluentSyntax
        where TNext : IFluentSyntax
        where TNextFk : IFluentSyntax
    {
        TNextFk OnDelete(Rule rule);
    }
}
