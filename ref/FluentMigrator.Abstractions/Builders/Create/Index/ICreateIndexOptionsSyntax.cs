using FluentMigrator.Infrastructure;

namespace FluentMigrator.Builders.Create.Index
{
    /// <summary>Index options (only Unique).</summary>
    public interface ICreateIndexOptionsSyntax : IFluentSyntax
    {
        ICreateIndexOnColumnSyntax Unique();
    }
}
