using System.Globalization;
using FluentMigrator;
using Nop.Core;

namespace Nop.Data.Migrations;

/// <summary>
/// Marks a nopCommerce migration. FluentMigrator sees a version made from a date-time string (its ticks, plus the
/// update type's value for update migrations) and a description that is either given or built from the nopCommerce
/// version and the update type.
/// </summary>
/// <remarks>
/// Stand-in with behaviour (see ref/README.md, rule 4): the version and the description are computed by
/// <see cref="MigrationConfig.Version"/> and <see cref="MigrationConfig.Description"/>; everything else only stores
/// or forwards values.
/// </remarks>
public partial class NopMigrationAttribute : MigrationAttribute
{
    protected readonly MigrationConfig _config;

    public NopMigrationAttribute(string dateTime, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(Settings(dateTime, null, null, null, targetMigrationProcess))
    {
    }

    public NopMigrationAttribute(string dateTime, string description, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(Settings(dateTime, description, null, null, targetMigrationProcess))
    {
    }

    public NopMigrationAttribute(string dateTime, string nopVersion, UpdateMigrationType updateMigrationType, MigrationProcessType targetMigrationProcess = MigrationProcessType.NoMatter)
        : this(Settings(dateTime, null, nopVersion, updateMigrationType, targetMigrationProcess))
    {
    }

    /// <summary>Builds the attribute from prepared settings (for derived attributes).</summary>
    protected NopMigrationAttribute(MigrationConfig config)
        : base(config.Version, config.Description)
    {
        _config = config;
    }

    /// <summary>The migration process (installation, update or either) the migration belongs to.</summary>
    public virtual MigrationProcessType TargetMigrationProcess => _config.TargetMigrationProcess;

    /// <summary>Whether the migration runs as soon as the runner is available (before the IoC container is).</summary>
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

    private static MigrationConfig Settings(string dateTime, string description, string nopVersion,
        UpdateMigrationType? updateMigrationType, MigrationProcessType targetMigrationProcess) => new()
    {
        DateTime = dateTime,
        Description = description,
        NopVersion = nopVersion,
        UpdateMigrationType = updateMigrationType,
        TargetMigrationProcess = targetMigrationProcess
    };

    /// <summary>
    /// The values a migration attribute is made from. <see cref="Version"/> and <see cref="Description"/> return the
    /// value assigned to them, or else derive one; they throw <see cref="NopException"/> when there is nothing to
    /// derive from.
    /// </summary>
    protected partial class MigrationConfig
    {
        private long? _assignedVersion;
        private string _assignedDescription;

        /// <summary>The migration's date-time, in one of <see cref="NopMigrationDefaults.DateFormats"/>.</summary>
        public string DateTime { get; set; }

        /// <summary>The full nopCommerce version an update migration belongs to.</summary>
        public string NopVersion { get; set; }

        public virtual UpdateMigrationType? UpdateMigrationType { get; set; }

        public virtual MigrationProcessType TargetMigrationProcess { get; set; }

        /// <summary>The assigned version, else the ticks of <see cref="DateTime"/> plus the update type's value.</summary>
        public virtual long Version
        {
            get
            {
                if (_assignedVersion is { } assigned)
                    return assigned;
                if (string.IsNullOrEmpty(DateTime))
                    throw new NopException("A migration needs a version or a date-time to derive it from.");

                var ticks = System.DateTime.ParseExact(DateTime, NopMigrationDefaults.DateFormats,
                    CultureInfo.InvariantCulture, DateTimeStyles.None).Ticks;
                return UpdateMigrationType is { } type ? ticks + (int)type : ticks;
            }
            set => _assignedVersion = value;
        }

        /// <summary>
        /// The assigned description when not empty; else, for an update migration, one made from
        /// <see cref="NopMigrationDefaults.UpdateMigrationDescription"/>; else null. Without a description, a
        /// <see cref="NopVersion"/> is required.
        /// </summary>
        public virtual string Description
        {
            get
            {
                if (!string.IsNullOrEmpty(_assignedDescription))
                    return _assignedDescription;
                if (string.IsNullOrEmpty(NopVersion))
                    throw new NopException("A migration needs a description or a nopCommerce version to derive it from.");

                return UpdateMigrationType is { } type
                    ? string.Format(NopMigrationDefaults.UpdateMigrationDescription, NopVersion, type.ToString())
                    : null;
            }
            set => _assignedDescription = value;
        }

        public bool ApplyInDbOnDebugMode { get; set; } = true;

        public virtual bool IsSchemaMigration { get; set; }
    }
}
