using System.Globalization;

namespace Simulator.Core.Yaml;

/// <summary>A scalar value; <see cref="IsPlain"/> is false for quoted and block scalars.</summary>
public sealed class YScalar : YNode
{
    public YScalar(string value, bool isPlain, int line, int column) : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    public override string Kind => "a value";

    /// <summary>True for the YAML 1.2 core-schema null forms (<c>~</c>, <c>null</c>, empty), unquoted only.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value is "null" or "Null" or "NULL");

    public bool TryGetDouble(out double value)
    {
        value = 0;
        return IsPlain && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    public bool TryGetInt(out int value)
    {
        value = 0;
        return IsPlain && int.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    public bool TryGetBool(out bool value)
    {
        value = false;
        if (!IsPlain)
        {
            return false;
        }

        switch (Value)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                return true;
            default:
                return false;
        }
    }
}
