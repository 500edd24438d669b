using FluentMigrator.Builders.Delete;

namespace FluentMigrator
{
    /// <summary>The migration base class plugins derive from; adds the Delete root.</summary>
    public abstract class Migration : MigrationBase
    {
        public IDeleteExpressionRoot Delete => null;
    }
}
