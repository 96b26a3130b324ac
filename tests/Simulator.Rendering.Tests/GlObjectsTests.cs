using BufferTargetARB = Silk.NET.OpenGL.BufferTargetARB;
using Simulator.Rendering.Gl;
using Simulator.Rendering.Hosts;
using Simulator.Rendering.Scene;

namespace Simulator.Rendering.Tests;

/// <summary><see cref="GlObjects.Live"/> counts each wrapper once from creation to its first Dispose, and not a failed shader program.</summary>
[Collection("gl")]
public class GlObjectsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("sim-globjects-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Every_wrapper_counts_one_until_disposed_and_a_second_dispose_counts_nothing()
    {
        using var context = HeadlessContext.Create();
        var gl = context.Gl;
        var start = GlObjects.Live;
        var shaders = ShaderFiles.Directory();
        var made = new List<IDisposable>
        {
            new GlBuffer<float>(gl, BufferTargetARB.ArrayBuffer, new float[] { 1, 2, 3 }),
            new VertexArray(gl),
            new Texture2D(gl, 4, 4),
            new RenderTexture(gl, 4, 4, floatingPoint: false),
            new Framebuffer(gl, 4, 4),
            new ShaderProgram(gl, Path.Combine(shaders, "mesh.vert"), Path.Combine(shaders, "mesh.frag")),
        };

        Assert.Equal(start + made.Count, GlObjects.Live);
        foreach (var (item, i) in made.Select((m, i) => (m, i)))
        {
            item.Dispose();
            item.Dispose();
            Assert.Equal(start + made.Count - i - 1, GlObjects.Live);
        }
    }

    [Fact]
    public void A_shader_program_that_fails_to_compile_is_not_counted_and_a_renderer_releases_all_it_made()
    {
        using var context = HeadlessContext.Create();
        var start = GlObjects.Live;
        File.WriteAllText(Path.Combine(_temp, "mesh.vert"), File.ReadAllText(Path.Combine(ShaderFiles.Directory(), "mesh.vert")));
        File.WriteAllText(Path.Combine(_temp, "mesh.frag"), "#version 330 core\nout vec4 c;\nvoid main() { c = nope; }\n");
        Assert.Throws<ShaderException>(() => new ShaderProgram(context.Gl, Path.Combine(_temp, "mesh.vert"), Path.Combine(_temp, "mesh.frag")));
        Assert.Equal(start, GlObjects.Live);

        using (var renderer = new SceneRenderer(context.Gl, ShaderFiles.Directory()))
        {
            renderer.Add("sphere", Primitives.UnitSphere(), Material.Bone);
            Assert.True(GlObjects.Live >= start + 4, $"{GlObjects.Live - start} objects for a program and one mesh");
        }

        Assert.Equal(start, GlObjects.Live);
    }
}
