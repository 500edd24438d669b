namespace Nop.Plugin.Misc.AmazonChannel.SellingPartnerApi.Serialization;

/// <summary>
/// Names the definition of Amazon's model file (<c>models/{Model}.json</c>, <c>definitions.{Definition}</c>) a DTO
/// mirrors, so contract tests can compare every <c>JsonPropertyName</c> with the model.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class SpApiModelAttribute(string model, string definition) : Attribute
{
    public string Model { get; } = model;

    public string Definition { get; } = definition;
}
