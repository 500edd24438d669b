using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Nop.Plugin.Misc.AmazonChannel.Tests.Architecture;

/// <summary>
/// Reads every method body of an assembly file (System.Reflection.Metadata, no loading) and reports the bodies that
/// are not trivial. A body is trivial when all of the following hold:
/// <list type="number">
/// <item>its IL is at most <see cref="MaxIlSize"/> bytes and has no exception handling (try/catch/finally);</item>
/// <item>it uses only straight-line opcodes: loading arguments, locals, constants, strings and null; storing locals;
/// <c>dup</c>/<c>pop</c>/<c>nop</c>; conversions, <c>box</c>/<c>unbox.any</c>/<c>initobj</c> (for <c>default</c>);
/// array literals (<c>newarr</c>/<c>stelem</c>); unconditional <c>br</c> (debug builds jump to the one <c>ret</c>);
/// <c>throw</c>; <c>ret</c>. No conditional branch, <c>switch</c>, comparison or arithmetic opcode;</item>
/// <item>fields it reads or writes are declared in the same assembly (backing fields, the type's own fields);</item>
/// <item>every method it calls or constructs is either declared in the same assembly (each of those is checked on
/// its own), a constructor of the declaring type's base type called from a constructor, <c>Task.CompletedTask</c>,
/// <c>Task.FromResult</c>, a parameterless constructor of a framework type (an empty collection), the constructor of
/// <c>Nullable&lt;T&gt;</c> (wrapping a value, as an implicit <c>T</c> to <c>T?</c> conversion does) or the constructor
/// of an exception type (for <c>throw new ...</c>).</item>
/// </list>
/// That admits auto-properties, compiler-generated accessors, properties forwarding to a field or another property,
/// enum wrappers (an enum cast is no IL), constructors that call the base constructor and store their arguments,
/// and <c>=&gt; null</c>, <c>=&gt; default</c>, <c>=&gt; 0</c>, <c>=&gt; "literal"</c>, <c>=&gt; Task.CompletedTask</c>,
/// <c>=&gt; Task.FromResult(default(T))</c>, <c>=&gt; throw new NotSupportedException()</c>.
/// </summary>
public static class StandInBodyChecker
{
    /// <summary>
    /// Upper bound of a trivial body, in IL bytes. The longest trivial stand-in body is NopMigrationDefaults' static
    /// constructor (61 bytes: the array of six date formats); constructors running a few property initializers stay
    /// well below. Straight-line code longer than this is a long chain of calls and stores, which is behaviour.
    /// </summary>
    public const int MaxIlSize = 128;

    private static readonly Dictionary<short, OpCode> _opCodes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private static readonly HashSet<short> _straightLine = new[]
    {
        OpCodes.Nop, OpCodes.Ret, OpCodes.Dup, OpCodes.Pop, OpCodes.Throw, OpCodes.Br, OpCodes.Br_S,
        OpCodes.Ldarg, OpCodes.Ldarg_S, OpCodes.Ldarg_0, OpCodes.Ldarg_1, OpCodes.Ldarg_2, OpCodes.Ldarg_3,
        OpCodes.Ldarga, OpCodes.Ldarga_S,
        OpCodes.Ldloc, OpCodes.Ldloc_S, OpCodes.Ldloc_0, OpCodes.Ldloc_1, OpCodes.Ldloc_2, OpCodes.Ldloc_3,
        OpCodes.Ldloca, OpCodes.Ldloca_S,
        OpCodes.Stloc, OpCodes.Stloc_S, OpCodes.Stloc_0, OpCodes.Stloc_1, OpCodes.Stloc_2, OpCodes.Stloc_3,
        OpCodes.Ldnull, OpCodes.Ldstr, OpCodes.Ldc_I4, OpCodes.Ldc_I4_S, OpCodes.Ldc_I4_M1, OpCodes.Ldc_I4_0,
        OpCodes.Ldc_I4_1, OpCodes.Ldc_I4_2, OpCodes.Ldc_I4_3, OpCodes.Ldc_I4_4, OpCodes.Ldc_I4_5, OpCodes.Ldc_I4_6,
        OpCodes.Ldc_I4_7, OpCodes.Ldc_I4_8, OpCodes.Ldc_I8, OpCodes.Ldc_R4, OpCodes.Ldc_R8,
        OpCodes.Conv_I, OpCodes.Conv_I1, OpCodes.Conv_I2, OpCodes.Conv_I4, OpCodes.Conv_I8, OpCodes.Conv_U,
        OpCodes.Conv_U1, OpCodes.Conv_U2, OpCodes.Conv_U4, OpCodes.Conv_U8, OpCodes.Conv_R4, OpCodes.Conv_R8,
        OpCodes.Box, OpCodes.Unbox_Any, OpCodes.Initobj, OpCodes.Constrained,
        OpCodes.Newarr, OpCodes.Stelem, OpCodes.Stelem_Ref, OpCodes.Stelem_I, OpCodes.Stelem_I1, OpCodes.Stelem_I2,
        OpCodes.Stelem_I4, OpCodes.Stelem_I8, OpCodes.Stelem_R4, OpCodes.Stelem_R8,
    }.Select(code => code.Value).ToHashSet();

    private static readonly HashSet<short> _fieldAccess = new[]
    {
        OpCodes.Ldfld, OpCodes.Ldflda, OpCodes.Stfld, OpCodes.Ldsfld, OpCodes.Ldsflda, OpCodes.Stsfld,
    }.Select(code => code.Value).ToHashSet();

    private static readonly HashSet<short> _methodUse = new[] { OpCodes.Call, OpCodes.Callvirt, OpCodes.Newobj }
        .Select(code => code.Value).ToHashSet();

    /// <summary>Every method with a body in the assembly file, keyed as <see cref="Finding.Member"/> is.</summary>
    public static IReadOnlyList<string> MethodsWithBodies(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        return reader.MethodDefinitions
            .Where(handle => reader.GetMethodDefinition(handle).RelativeVirtualAddress != 0)
            .Select(handle => MemberKey(reader, handle))
            .ToList();
    }

    /// <summary>The non-trivial bodies of the assembly file, optionally only those of types the filter accepts.</summary>
    public static IReadOnlyList<Finding> NonTrivialBodies(string assemblyPath, Func<string, bool>? typeFilter = null)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        var findings = new List<Finding>();

        foreach (var typeHandle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(typeHandle);
            if (typeFilter is not null && !typeFilter(TypeName(reader, typeHandle)))
                continue;

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
                    findings.Add(new Finding(MemberKey(reader, methodHandle), ["native code (P/Invoke)"]));
                if (method.RelativeVirtualAddress == 0 || IsSynthesizedRecordMember(reader, type, method))
                    continue;

                var reasons = Check(reader, pe.GetMethodBody(method.RelativeVirtualAddress), type, method);
                if (reasons.Count > 0)
                    findings.Add(new Finding(MemberKey(reader, methodHandle), reasons));
            }
        }

        return findings;
    }

    /// <summary>
    /// The module version id, which identifies one compilation (the build is deterministic); null for a file that is
    /// not a .NET assembly or cannot be read (another test may be building into ref/ at the same time).
    /// </summary>
    public static Guid? ModuleVersionId(string path)
    {
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            if (!pe.HasMetadata)
                return null;
            var reader = pe.GetMetadataReader();
            return reader.GetGuid(reader.GetModuleDefinition().Mvid);
        }
        catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<string> Check(MetadataReader reader, MethodBodyBlock body, TypeDefinition type, MethodDefinition method)
    {
        var reasons = new List<string>();
        if (body.Size > MaxIlSize)
            reasons.Add($"IL size {body.Size} > {MaxIlSize}");
        if (body.ExceptionRegions.Length > 0)
            reasons.Add("exception handling");

        var isConstructor = reader.StringComparer.Equals(method.Name, ".ctor");
        var il = body.GetILBytes() ?? [];
        for (var position = 0; position < il.Length;)
        {
            short value = il[position++];
            if (value == 0xFE)
                value = (short)(0xFE00 | il[position++]);
            var code = _opCodes[value];
            var operandSize = OperandSize(code, il, position);
            var token = operandSize == 4 ? BitConverter.ToInt32(il, position) : 0;
            position += operandSize;

            if (_straightLine.Contains(value))
                continue;

            if (_fieldAccess.Contains(value))
            {
                if (!IsOwnField(reader, MetadataTokens.EntityHandle(token)))
                    reasons.Add($"{code.Name} of a foreign field {MemberName(reader, MetadataTokens.EntityHandle(token))}");
                continue;
            }

            if (_methodUse.Contains(value))
            {
                var target = MetadataTokens.EntityHandle(token);
                if (!IsAllowedTarget(reader, target, type, isConstructor && value != OpCodes.Newobj.Value, value == OpCodes.Newobj.Value))
                    reasons.Add($"{code.Name} {MemberName(reader, target)}");
                continue;
            }

            reasons.Add($"opcode {code.Name}");
        }

        return reasons.Distinct().ToList();
    }

    /// <summary>
    /// The members the compiler writes for every <c>record</c> (value equality, printing, cloning), marked
    /// [CompilerGenerated]: declaring a stand-in as a record, as rule 2 requires, brings them. A member of the same name
    /// written by hand carries no such mark and is checked.
    /// </summary>
    private static readonly HashSet<string> _recordMembers =
        ["get_EqualityContract", "ToString", "PrintMembers", "op_Equality", "op_Inequality", "GetHashCode", "Equals", "<Clone>$", ".ctor"];

    private static bool IsSynthesizedRecordMember(MetadataReader reader, TypeDefinition type, MethodDefinition method)
    {
        var isRecord = type.GetMethods().Any(handle => reader.StringComparer.Equals(reader.GetMethodDefinition(handle).Name, "<Clone>$"));
        if (!isRecord || !_recordMembers.Contains(reader.GetString(method.Name)))
            return false;

        return method.GetCustomAttributes().Any(handle =>
        {
            var constructor = reader.GetCustomAttribute(handle).Constructor;
            return constructor.Kind == HandleKind.MemberReference
                && TypeName(reader, reader.GetMemberReference((MemberReferenceHandle)constructor).Parent) == "System.Runtime.CompilerServices.CompilerGeneratedAttribute";
        });
    }

    private static int OperandSize(OpCode code, byte[] il, int position) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    private static bool IsOwnField(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.FieldDefinition => true,
        HandleKind.MemberReference => IsOwnType(reader, reader.GetMemberReference((MemberReferenceHandle)handle).Parent),
        _ => false,
    };

    private static bool IsAllowedTarget(MetadataReader reader, EntityHandle handle, TypeDefinition caller, bool mayCallBaseConstructor, bool constructs)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                return true;
            case HandleKind.MethodSpecification:
                return IsAllowedTarget(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method, caller, mayCallBaseConstructor, constructs);
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                if (IsOwnType(reader, member.Parent))
                    return true;

                var name = reader.GetString(member.Name);
                var parent = TypeName(reader, member.Parent);
                if (name == ".ctor" && mayCallBaseConstructor && SameType(reader, member.Parent, caller.BaseType))
                    return true;
                if (parent == "System.Threading.Tasks.Task" && name is "get_CompletedTask" or "FromResult")
                    return true;
                if (constructs && parent.StartsWith("System.Nullable`1<", StringComparison.Ordinal))
                    return true;
                if (constructs && parent.StartsWith("System.", StringComparison.Ordinal))
                    return parent.EndsWith("Exception", StringComparison.Ordinal) || ParameterCount(reader, member) == 0;
                return false;
            default:
                return false;
        }
    }

    private static int ParameterCount(MetadataReader reader, MemberReference member)
    {
        var blob = reader.GetBlobReader(member.Signature);
        var header = blob.ReadSignatureHeader();
        if (header.IsGeneric)
            blob.ReadCompressedInteger();
        return blob.ReadCompressedInteger();
    }

    /// <summary>A type declared in the assembly, or a generic instantiation of one.</summary>
    private static bool IsOwnType(MetadataReader reader, EntityHandle handle)
    {
        if (handle.Kind == HandleKind.TypeDefinition)
            return true;
        if (handle.Kind != HandleKind.TypeSpecification)
            return false;

        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            return false;
        blob.ReadSignatureTypeCode();
        return blob.ReadTypeHandle().Kind == HandleKind.TypeDefinition;
    }

    private static bool SameType(MetadataReader reader, EntityHandle left, EntityHandle right)
    {
        if (left.IsNil || right.IsNil)
            return false;
        if (left == right)
            return true;
        if (left.Kind == HandleKind.TypeSpecification && right.Kind == HandleKind.TypeSpecification)
            return reader.GetBlobBytes(reader.GetTypeSpecification((TypeSpecificationHandle)left).Signature)
                .AsSpan().SequenceEqual(reader.GetBlobBytes(reader.GetTypeSpecification((TypeSpecificationHandle)right).Signature));
        return left.Kind != HandleKind.TypeSpecification && right.Kind != HandleKind.TypeSpecification
            && TypeName(reader, left) == TypeName(reader, right);
    }

    /// <summary><c>Namespace.Type+Nested::Method(parameter types)</c>, the key of the documented exceptions.</summary>
    public static string MemberKey(MetadataReader reader, MethodDefinitionHandle handle)
    {
        var method = reader.GetMethodDefinition(handle);
        var signature = method.DecodeSignature(SignatureNames.Instance, null);
        return $"{TypeName(reader, method.GetDeclaringType())}::{reader.GetString(method.Name)}({string.Join(", ", signature.ParameterTypes)})";
    }

    private static string MemberName(MetadataReader reader, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MethodDefinition => MemberKey(reader, (MethodDefinitionHandle)handle),
        HandleKind.FieldDefinition => $"{TypeName(reader, reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())}::{reader.GetString(reader.GetFieldDefinition((FieldDefinitionHandle)handle).Name)}",
        HandleKind.MemberReference => $"{TypeName(reader, reader.GetMemberReference((MemberReferenceHandle)handle).Parent)}::{reader.GetString(reader.GetMemberReference((MemberReferenceHandle)handle).Name)}",
        HandleKind.MethodSpecification => MemberName(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
        _ => handle.Kind.ToString(),
    };

    private static string TypeName(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                var definition = reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                var declaring = definition.GetDeclaringType();
                return declaring.IsNil
                    ? Qualified(reader.GetString(definition.Namespace), reader.GetString(definition.Name))
                    : TypeName(reader, declaring) + "+" + reader.GetString(definition.Name);
            case HandleKind.TypeReference:
                var reference = reader.GetTypeReference((TypeReferenceHandle)handle);
                return reference.ResolutionScope.Kind == HandleKind.TypeReference
                    ? TypeName(reader, (TypeReferenceHandle)reference.ResolutionScope) + "+" + reader.GetString(reference.Name)
                    : Qualified(reader.GetString(reference.Namespace), reader.GetString(reference.Name));
            case HandleKind.TypeSpecification:
                return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(SignatureNames.Qualifying, null);
            default:
                return handle.Kind.ToString();
        }
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    public sealed record Finding(string Member, IReadOnlyList<string> Reasons)
    {
        public override string ToString() => $"{Member}: {string.Join("; ", Reasons)}";
    }

    /// <summary>Readable type names in signatures: simple names (or namespace-qualified ones), generic parameters as !n.</summary>
    private sealed class SignatureNames(bool qualify) : ISignatureTypeProvider<string, object?>
    {
        public static readonly SignatureNames Instance = new(false);
        public static readonly SignatureNames Qualifying = new(true);

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Boolean => "bool",
            PrimitiveTypeCode.Int32 => "int",
            PrimitiveTypeCode.Int64 => "long",
            PrimitiveTypeCode.String => "string",
            PrimitiveTypeCode.Object => "object",
            PrimitiveTypeCode.Void => "void",
            _ => typeCode.ToString(),
        };

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            qualify ? TypeName(reader, handle) : reader.GetString(reader.GetTypeDefinition(handle).Name);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            qualify ? TypeName(reader, handle) : reader.GetString(reader.GetTypeReference(handle).Name);

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            genericType + "<" + string.Join(", ", typeArguments) + ">";

        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
    }
}
