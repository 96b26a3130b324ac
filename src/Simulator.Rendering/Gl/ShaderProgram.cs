using System.Numerics;
using Silk.NET.OpenGL;

namespace Simulator.Rendering.Gl;

/// <summary>Owns one linked shader program built from a vertex and a fragment shader file.</summary>
/// <remarks>
/// Uniform locations are looked up once after linking; setting a uniform the program does not have
/// throws, so a renamed uniform fails loudly instead of silently drawing wrong.
/// </remarks>
public sealed class ShaderProgram : IDisposable
{
    private readonly GL _gl;
    private readonly Dictionary<string, int> _uniforms = new();
    private bool _disposed;

    public ShaderProgram(GL gl, string vertexPath, string fragmentPath)
    {
        _gl = gl;
        Name = $"{Path.GetFileName(vertexPath)} + {Path.GetFileName(fragmentPath)}";
        var vertex = Compile(ShaderType.VertexShader, vertexPath);
        uint fragment;
        try
        {
            fragment = Compile(ShaderType.FragmentShader, fragmentPath);
        }
        catch
        {
            gl.DeleteShader(vertex);
            throw;
        }

        Handle = gl.CreateProgram();
        gl.AttachShader(Handle, vertex);
        gl.AttachShader(Handle, fragment);
        gl.LinkProgram(Handle);
        gl.GetProgram(Handle, ProgramPropertyARB.LinkStatus, out var linked);
        gl.DetachShader(Handle, vertex);
        gl.DetachShader(Handle, fragment);
        gl.DeleteShader(vertex);
        gl.DeleteShader(fragment);
        if (linked == 0)
        {
            var log = gl.GetProgramInfoLog(Handle).Trim();
            gl.DeleteProgram(Handle);
            throw new ShaderException($"{vertexPath} + {fragmentPath}: link error: {log}");
        }

        gl.GetProgram(Handle, ProgramPropertyARB.ActiveUniforms, out var count);
        for (uint i = 0; i < count; i++)
        {
            var name = gl.GetActiveUniform(Handle, i, out _, out _);
            _uniforms[name] = gl.GetUniformLocation(Handle, name);
        }

        GlObjects.Created();
    }

    public uint Handle { get; }

    public string Name { get; }

    public bool HasUniform(string name) => _uniforms.ContainsKey(name);

    public void Use()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _gl.UseProgram(Handle);
    }

    public unsafe void Set(string name, Matrix4x4 value) => _gl.UniformMatrix4(Location(name), 1, false, (float*)&value);

    public void Set(string name, Vector4 value) => _gl.Uniform4(Location(name), value.X, value.Y, value.Z, value.W);

    public void Set(string name, Vector3 value) => _gl.Uniform3(Location(name), value.X, value.Y, value.Z);

    public void Set(string name, Vector2 value) => _gl.Uniform2(Location(name), value.X, value.Y);

    public void Set(string name, float value) => _gl.Uniform1(Location(name), value);

    public void Set(string name, int value) => _gl.Uniform1(Location(name), value);

    private int Location(string name) => _uniforms.TryGetValue(name, out var location)
        ? location
        : throw new ArgumentException($"shader program {Name} has no active uniform '{name}'", nameof(name));

    private uint Compile(ShaderType type, string path)
    {
        if (!File.Exists(path))
        {
            throw new ShaderException($"{path}: shader file not found");
        }

        var shader = _gl.CreateShader(type);
        _gl.ShaderSource(shader, File.ReadAllText(path));
        _gl.CompileShader(shader);
        _gl.GetShader(shader, ShaderParameterName.CompileStatus, out var ok);
        if (ok == 0)
        {
            var log = _gl.GetShaderInfoLog(shader).Trim();
            _gl.DeleteShader(shader);
            throw new ShaderException($"{path}: compile error: {log}");
        }

        return shader;
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _gl.DeleteProgram(Handle);
            GlObjects.Released();
        }
    }
}
