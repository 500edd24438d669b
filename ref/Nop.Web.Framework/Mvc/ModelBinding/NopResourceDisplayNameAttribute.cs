using System.ComponentModel;

namespace Nop.Web.Framework.Mvc.ModelBinding;

/// <summary>
/// Names a model property by a locale resource key. The real attribute resolves the resource's value; the stand-in's
/// <see cref="DisplayName"/> returns the key.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NopResourceDisplayNameAttribute : DisplayNameAttribute, IModelAttribute
{
    public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; set; }

    public override string DisplayName => ResourceKey;

    public string Name => nameof(NopResourceDisplayNameAttribute);
}
