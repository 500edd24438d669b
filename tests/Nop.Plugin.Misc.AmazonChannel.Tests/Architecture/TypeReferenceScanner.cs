using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;

/// <summary>
/// Lists every type a type refers to: its signature (base type, interfaces, fields, properties, methods, attributes)
/// and the types and members its method bodies use (read from the IL).
/// </summary>
public static class TypeReferenceScanner
{
    private const BindingFlags AllDeclared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> _opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    public static IReadOnlySet<Type> ReferencedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t))
                return;
            if (t.HasElementType)
                Add(t.GetElementType());
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                    Add(argument);
            }
        }

        Add(type.BaseType);
        foreach (var contract in type.GetInterfaces())
            Add(contract);
        foreach (var attribute in type.GetCustomAttributesData())
            Add(attribute.AttributeType);

        foreach (var field in type.GetFields(AllDeclared))
            Add(field.FieldType);
        foreach (var property in type.GetProperties(AllDeclared))
            Add(property.PropertyType);

        foreach (var method in type.GetMethods(AllDeclared).Cast<MethodBase>().Concat(type.GetConstructors(AllDeclared)))
        {
            if (method is MethodInfo info)
                Add(info.ReturnType);
            foreach (var parameter in method.GetParameters())
                Add(parameter.ParameterType);
            foreach (var attribute in method.GetCustomAttributesData())
                Add(attribute.AttributeType);
            foreach (var used in TypesUsedInBody(method))
                Add(used);
        }

        return found;
    }

    public static bool IsCompilerGenerated(Type type) =>
        type.Name.StartsWith('<') || type.GetCustomAttribute<CompilerGeneratedAttribute>() is not null;

    private static IEnumerable<Type> TypesUsedInBody(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null)
            yield break;

        foreach (var local in body.LocalVariables)
            yield return local.LocalType;

        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;

        for (var position = 0; position < il.Length;)
        {
            OpCode code;
            if (il[position] == 0xFE)
            {
                code = _opCodes[(short)(0xFE00 | il[position + 1])];
                position += 2;
            }
            else
            {
                code = _opCodes[il[position]];
                position += 1;
            }

            var operandSize = OperandSize(code.OperandType, il, position);
            if (code.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                foreach (var used in Resolve(method.Module, token, typeArguments, methodArguments))
                    yield return used;
            }

            position += operandSize;
        }
    }

    private static IEnumerable<Type> Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            yield break;
        }

        switch (member)
        {
            case Type type:
                yield return type;
                break;
            case FieldInfo field:
                yield return field.DeclaringType!;
                yield return field.FieldType;
                break;
            case MethodBase called:
                yield return called.DeclaringType!;
                if (called is MethodInfo info)
                {
                    yield return info.ReturnType;
                    if (info.IsGenericMethod)
                        foreach (var argument in info.GetGenericArguments())
                            yield return argument;
                }
                foreach (var parameter in called.GetParameters())
                    yield return parameter.ParameterType;
                break;
        }
    }

    private static int OperandSize(OperandType operandType, byte[] il, int position) => operandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4
    };
}
