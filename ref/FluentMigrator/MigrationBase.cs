using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Schema;

namespace FluentMigrator
{
    /// <summary>Base of migrations: the Create and Schema roots and the Up/Down steps.</summary>
    public abstract class MigrationBase : IMigration
    {
        public abstract void Up();

        public abstract void Down();

        public ICreateExpressionRoot Create => null;

        public ISchemaExpressionRoot Schema => null;
    }
}
