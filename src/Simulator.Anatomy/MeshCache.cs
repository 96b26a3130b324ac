using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Simulator.Anatomy;

/// <summary>
/// The pelvis's finished part meshes on disk, so a start does not build them again: one binary file per anatomy
/// (<c>pelvis-meshes-&lt;key&gt;.bin</c>) in <c>$XDG_CACHE_HOME/si-joint-trainer</c> (default <c>~/.cache</c>).
/// </summary>
/// <remarks>
/// The key is a hash of everything the meshes depend on (see <see cref="PelvisMeshes.Key"/>): another anatomy, polygoniser or
/// decimator reads another file. A file is used only if its magic, <see cref="FormatVersion"/>, full key, part names, counts,
/// indices and SHA-256 checksum all agree; otherwise the caller builds the meshes and writes the file again. A cache that cannot
/// be read or written costs one line on the warning writer and the build, never the start. Writes go to a temporary file first,
/// then are renamed over the old one, so a reader never sees half a file.
/// </remarks>
public sealed class MeshCache
{
    /// <summary>The layout of the file; a file of another version is not read (and is written again).</summary>
    public const int FormatVersion = 1;

    /// <summary>Files of other keys (older anatomies) not written for this long are deleted when a new one is written.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(30);

    private const int HashBytes = 32;
    private const int MaxCount = 1 << 24;
    private static readonly byte[] Magic = "SIJTMESH"u8.ToArray();
    private readonly Action<string> _warn;

    /// <param name="directory">The folder of the cache files (created when first written).</param>
    /// <param name="warn">Where a one-line warning goes when the cache cannot be read or written.</param>
    public MeshCache(string directory, Action<string> warn)
    {
        Directory = directory;
        _warn = warn;
    }

    /// <summary>The user's cache (warnings on stderr), or null when there is no cache or home folder to put it in.</summary>
    public static MeshCache? Default { get; } = DefaultDirectory() is { } dir ? new MeshCache(dir, line => Console.Error.WriteLine(line)) : null;

    public string Directory { get; }

    /// <summary><c>$XDG_CACHE_HOME/si-joint-trainer</c>, or <c>~/.cache/si-joint-trainer</c>; null with neither.</summary>
    public static string? DefaultDirectory() =>
        DefaultDirectory(Environment.GetEnvironmentVariable("XDG_CACHE_HOME"), Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    /// <summary>The cache folder given <c>XDG_CACHE_HOME</c> (ignored unless an absolute path, as the XDG spec says) and the home folder.</summary>
    internal static string? DefaultDirectory(string? xdgCacheHome, string? home)
    {
        var cache = xdgCacheHome;
        if (string.IsNullOrEmpty(cache) || !Path.IsPathRooted(cache))
        {
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            cache = Path.Combine(home, ".cache");
        }

        return Path.Combine(cache, "si-joint-trainer");
    }

    /// <summary>The file for <paramref name="key"/> (a SHA-256 hash).</summary>
    public string PathFor(byte[] key) => Path.Combine(Directory, $"pelvis-meshes-{Convert.ToHexStringLower(key, 0, 8)}.bin");

    /// <summary>The parts stored under <paramref name="key"/>, named <paramref name="names"/> in that order, or null (missing, or unusable: warned).</summary>
    public IReadOnlyList<Part>? TryLoad(byte[] key, IReadOnlyList<string> names)
    {
        var path = PathFor(key);
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Warn(path, $"cannot be read ({ex.Message})");
            return null;
        }

        var (parts, problem) = Decode(bytes, key, names);
        if (problem is not null)
        {
            Warn(path, problem);
        }

        return parts;
    }

    /// <summary>Writes <paramref name="parts"/> under <paramref name="key"/>; a failure is one warning, nothing more.</summary>
    public void Save(byte[] key, IReadOnlyList<Part> parts)
    {
        var path = PathFor(key);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(temporary, Encode(key, parts));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _warn($"simulator: warning: cannot write the anatomy mesh cache {path} ({ex.Message}); the next start builds the meshes again");
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: the temporary name is unique and never read.
            }

            return;
        }

        DeleteStale(path);
    }

    /// <summary>The file's bytes: magic, version, key, parts (name, tissue, counts, positions, normals, indices), then their SHA-256.</summary>
    internal static byte[] Encode(byte[] key, IReadOnlyList<Part> parts)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(key);
            writer.Write(parts.Count);
            foreach (var part in parts)
            {
                var name = Encoding.UTF8.GetBytes(part.Name);
                writer.Write(name.Length);
                writer.Write(name);
                writer.Write((int)part.Tissue);
                writer.Write(part.Mesh.Positions.Length);
                writer.Write(part.Mesh.Indices.Length);
                writer.Write(MemoryMarshal.AsBytes(part.Mesh.Positions.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(part.Mesh.Normals.AsSpan()));
                writer.Write(MemoryMarshal.AsBytes(part.Mesh.Indices.AsSpan()));
            }
        }

        var body = stream.ToArray();
        return [.. body, .. SHA256.HashData(body)];
    }

    /// <summary>The parts in <paramref name="bytes"/>, or null and why the file cannot be used.</summary>
    internal static (IReadOnlyList<Part>? Parts, string? Problem) Decode(byte[] bytes, byte[] key, IReadOnlyList<string> names)
    {
        if (bytes.Length < Magic.Length + 4 + HashBytes + 4 + HashBytes || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return (null, "is not a mesh cache file");
        }

        var body = bytes.AsSpan(0, bytes.Length - HashBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            return (null, "is damaged (checksum mismatch)");
        }

        var reader = new SpanReader(body[Magic.Length..]);
        if (reader.Int() is var version && version != FormatVersion)
        {
            return (null, $"has format version {version}, not {FormatVersion}");
        }

        if (!reader.Bytes(HashBytes).SequenceEqual(key) || reader.Int() != names.Count)
        {
            return (null, "was written for another anatomy");
        }

        var parts = new Part[names.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var nameLength = reader.Int();
            var name = nameLength is >= 0 and < 256 && reader.Remaining >= nameLength ? Encoding.UTF8.GetString(reader.Bytes(nameLength)) : null;
            var tissue = (Tissue)reader.Int();
            var (vertices, indices) = (reader.Int(), reader.Int());
            if (name != names[i] || !Enum.IsDefined(tissue) || vertices is < 0 or > MaxCount || indices is < 0 or > MaxCount || indices % 3 != 0
                || reader.Remaining < (24L * vertices) + (4L * indices))
            {
                return (null, $"does not hold the part {names[i]} as expected");
            }

            var positions = MemoryMarshal.Cast<byte, System.Numerics.Vector3>(reader.Bytes(12 * vertices)).ToArray();
            var normals = MemoryMarshal.Cast<byte, System.Numerics.Vector3>(reader.Bytes(12 * vertices)).ToArray();
            var triangles = MemoryMarshal.Cast<byte, uint>(reader.Bytes(4 * indices)).ToArray();
            if (triangles.Any(index => index >= (uint)vertices))
            {
                return (null, $"has an index out of range in the part {names[i]}");
            }

            parts[i] = new Part(name, tissue, new Mesh(positions, normals, triangles));
        }

        return reader.Remaining == 0 ? (parts, null) : (null, "has bytes after its last part");
    }

    private void Warn(string path, string problem) =>
        _warn($"simulator: warning: the anatomy mesh cache {path} {problem}; building the meshes again");

    /// <summary>Deletes the files of other keys not written for <see cref="StaleAfter"/>, and leftover temporary files as old.</summary>
    /// <remarks>Best effort: a file that cannot be deleted stays (another start may be reading it).</remarks>
    private void DeleteStale(string current)
    {
        try
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "pelvis-meshes-*"))
            {
                if (file != current && DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > StaleAfter)
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next write to try again.
        }
    }

    /// <summary>Reads little-endian values off the front of a span; past the end it yields zeros and empty spans (the checks then fail).</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> span)
    {
        private ReadOnlySpan<byte> _rest = span;

        public readonly int Remaining => _rest.Length;

        public int Int() => _rest.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(Bytes(4)) : Skip();

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || count > _rest.Length)
            {
                _rest = default;
                return default;
            }

            var head = _rest[..count];
            _rest = _rest[count..];
            return head;
        }

        private int Skip()
        {
            _rest = default;
            return 0;
        }
    }
}
