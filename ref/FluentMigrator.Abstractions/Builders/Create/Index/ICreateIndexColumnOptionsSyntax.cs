using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Index
{
    /// <summary>Sort order of an index column (no Unique).</summary>
    public interface ICreateIndexColumnOptionsSyntax : IFluentSyntax
    {
        ICreateIndexMoreColumnOptionsSyntax Ascending();

        ICreateIndexMoreColumnOptionsSyntax Descending();
    }
}
