using FluentValidation;
using Nop.Core;
using Nop.Data.Mapping;

namespace Nop.Web.Framework.Validators;

/// <summary>
/// Base of nopCommerce's FluentValidation validators (stand-in). The real helpers add length and decimal rules read
/// from the database mapping; here they do nothing, and subclasses declare their rules with FluentValidation's own
/// <c>RuleFor</c>.
/// </summary>
public abstract partial class BaseNopValidator<TModel> : AbstractValidator<TModel> where TModel : class
{
    protected virtual void SetDatabaseValidationRules<TEntity>(params string[] filterStringPropertyNames)
        where TEntity : BaseEntity
    {
    }

    protected virtual void SetStringPropertiesMaxLength(NopEntityDescriptor entityDescriptor, params string[] filterPropertyNames)
    {
    }

    protected virtual void SetDecimalMaxValue(NopEntityDescriptor entityDescriptor)
    {
    }
}
