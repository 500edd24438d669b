using System.Globalization;
using FluentMigrator;
using Nop.Core;

namespace Nop.Data.Migrations;

/// <summary>
/// Migration attribute whose version is the ticks of a date-time string (plus the update type, if any).
/// </summary>
public partial class NopMigrationAttribute : MigrationAttribute
{
    #region Fields

    protected readonly MigrationConfig _config;

    #endregion

    #region Ctor

    public NopMigrationAttribute(string dateTime, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter) :
        this(new MigrationConfig { DateTime = dateTime, TargetMigrationProcess = targetMigrationProcess })
    {
    }

    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter) :
        this(new MigrationConfig { DateTime = dateTime, Description = description, TargetMigrationProcess = targetMigrationProcess })
    {
    }

    public NopMigrationAttribute(string dateTime, string nopVersion, UpdateMigrationType updateMigrationType, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter) :
        this(new MigrationConfig
        {
            DateTime = dateTime,
            NopVersion = nopVersion,
            UpdateMigrationType = updateMigrationType,
            TargetMigrationProcess = targetMigrationProcess
        })
    {
    }

    protected NopMigrationAttribute(MigrationConfig config) : base(config.Version, config.Description)
    {
        _config = config;
    }

    #endregion

    #region Properties

    public virtual MigrationProcessType TargetMigrationProcess => _config.TargetMigrationProcess;

    /// <summary>Whether this is a schema migration (applied as soon as the migration runner is available).</summary>
    public virtual bool IsSchemaMigration
    {
        get => _config.IsSchemaMigration;
        protected set => _config.IsSchemaMigration = value;
    }

    /// <summary>Whether the migration is applied to the database in debug mode.</summary>
    public virtual bool ApplyInDbOnDebugMode
    {
        get => _config.ApplyInDbOnDebugMode;
        protected set => _config.ApplyInDbOnDebugMode = value;
    }

    #endregion

    #region Nested class

    /// <summary>
    /// Data the attribute is built from. Throws NopException when there is no date-time string, or neither a
    /// description nor a nopCommerce version, as nopCommerce does.
    /// </summary>
    protected partial class MigrationConfig
    {
        protected long? _version;
        protected string _description;

        public string DateTime { get; set; }

        public string NopVersion { get; set; }

        public virtual UpdateMigrationType? UpdateMigrationType { get; set; }

        public virtual MigrationProcessType TargetMigrationProcess { get; set; } = MigrationProcessType.NoMatter;

        /// <summary>Explicit version, else the ticks of <see cref="DateTime"/> plus the update type's value.</summary>
        public virtual long Version
        {
            get
            {
                if (_version.HasValue)
                    return _version.Value;
                if (string.IsNullOrEmpty(DateTime))
                    throw new NopException("Either Version or DateTime must be set");

                return System.DateTime.ParseExact(DateTime, NopMigrationDefaults.DateFormats, CultureInfo.InvariantCulture).Ticks
                    + (int)(UpdateMigrationType ?? 0);
            }
            set => _version = value;
        }

        /// <summary>Explicit description, else one made from the nopCommerce version and the update type.</summary>
        public virtual string Description
        {
            get
            {
                if (!string.IsNullOrEmpty(_description))
                    return _description;
                if (string.IsNullOrEmpty(NopVersion))
                    throw new NopException("Either Description or NopVersion must be set");

                return UpdateMigrationType.HasValue
                    ? string.Format(NopMigrationDefaults.UpdateMigrationDescription, NopVersion, UpdateMigrationType)
                    : null;
            }
            set => _description = value;
        }

        public bool ApplyInDbOnDebugMode { get; set; } = true;

        public virtual bool IsSchemaMigration { get; set; }
    }

    #endregion
}
