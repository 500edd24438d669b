using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Emulator;

/// <summary>
/// Describes what a compiled schema allows under one element, independent of how the schema is written (type names,
/// global or local declarations, groups): one line per element, attribute, sequence and choice, with occurrences,
/// built-in base type and every facet. Two schemas with the same lines validate instances of that element alike.
/// </summary>
public static class SchemaShape
{
    public static IReadOnlyList<string> Of(XmlSchemaSet schemas, string elementName)
    {
        var element = schemas.GlobalElements[new XmlQualifiedName(elementName)] as XmlSchemaElement
            ?? throw new AssertionException($"The schema set has no element {elementName}.");
        var lines = new List<string>();
        Element(element, elementName, lines);
        return lines;
    }

    private static void Element(XmlSchemaElement element, string path, List<string> lines)
    {
        lines.Add($"{path} {Occurs(element)} {Type(element.ElementSchemaType!)}");
        if (element.ElementSchemaType is not XmlSchemaComplexType complex)
            return;
        foreach (var attribute in complex.AttributeUses.Values.Cast<XmlSchemaAttribute>().OrderBy(a => a.QualifiedName.Name, StringComparer.Ordinal))
            lines.Add($"{path}/@{attribute.QualifiedName.Name} {attribute.Use} {Type(attribute.AttributeSchemaType!)}");
        Particle(complex.ContentTypeParticle, path, lines);
    }

    private static void Particle(XmlSchemaParticle particle, string path, List<string> lines)
    {
        switch (particle)
        {
            case XmlSchemaElement element:
                Element(element, path + "/" + element.QualifiedName.Name, lines);
                break;
            case XmlSchemaGroupBase group:
                var kind = group is XmlSchemaChoice ? "choice" : group is XmlSchemaSequence ? "sequence" : "all";
                lines.Add($"{path} {kind} {Occurs(group)} of {group.Items.Count}");
                foreach (var item in group.Items.Cast<XmlSchemaParticle>())
                    Particle(item, path, lines);
                break;
        }
    }

    private static string Occurs(XmlSchemaParticle particle) =>
        $"[{particle.MinOccurs.ToString(CultureInfo.InvariantCulture)}..{(particle.MaxOccurs == decimal.MaxValue ? "n" : particle.MaxOccurs.ToString(CultureInfo.InvariantCulture))}]";

    private static string Type(XmlSchemaType type) => type switch
    {
        XmlSchemaSimpleType simple => Simple(simple),
        XmlSchemaComplexType { ContentType: XmlSchemaContentType.TextOnly } complex => "text " + Type(complex.BaseXmlSchemaType!),
        XmlSchemaComplexType complex => "complex " + complex.ContentType,
        _ => type.GetType().Name,
    };

    /// <summary>The built-in base type and the facets of every restriction step down to it.</summary>
    private static string Simple(XmlSchemaSimpleType type)
    {
        var facets = new List<string>();
        XmlSchemaType? step = type;
        while (step is XmlSchemaSimpleType { QualifiedName.Namespace: not XmlSchema.Namespace } simple)
        {
            if (simple.Content is XmlSchemaSimpleTypeRestriction restriction)
                facets.AddRange(restriction.Facets.Cast<XmlSchemaFacet>().Select(Facet));
            step = simple.BaseXmlSchemaType;
        }

        var builtIn = step?.QualifiedName.Name ?? "anySimpleType";
        return facets.Count == 0 ? builtIn : $"{builtIn} {{{string.Join("; ", facets.Distinct().Order(StringComparer.Ordinal))}}}";
    }

    private static string Facet(XmlSchemaFacet facet) =>
        facet.GetType().Name.Replace("XmlSchema", "", StringComparison.Ordinal).Replace("Facet", "", StringComparison.Ordinal) + "=" + facet.Value;
}
