using Simulator.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Simulator.Core.Yaml;

/// <summary>Reads one YAML document into a located <see cref="YNode"/> tree, enforcing <see cref="YamlLimits"/>.</summary>
/// <remarks>
/// Aliases resolve to the anchored node (no copy is made), but the size each alias would expand to
/// is counted, so an alias bomb is rejected at the alias that crosses the cap.
/// </remarks>
public static class YamlReader
{
    /// <summary>Reads <paramref name="path"/>; returns null (with diagnostics) if it is missing, too large or not YAML.</summary>
    public static YNode? ReadFile(string path, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Error(null, Directory.Exists(path) ? "is a directory, not a file" : "file not found");
                return null;
            }

            if (info.Length > limits.MaxBytes)
            {
                diagnostics.Error(null, $"file is {info.Length} bytes; the limit is {limits.MaxBytes} bytes");
                return null;
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(null, $"cannot read file: {ex.Message}");
            return null;
        }

        return Read(text, diagnostics, limits);
    }

    /// <summary>Reads YAML text; returns null (with diagnostics) if it is empty, malformed or over a cap.</summary>
    public static YNode? Read(string text, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (text.Length > limits.MaxBytes)
        {
            diagnostics.Error(null, $"text is {text.Length} characters; the limit is {limits.MaxBytes}");
            return null;
        }

        var state = new State(new Parser(new StringReader(text)), diagnostics, limits);
        try
        {
            return state.ReadStream();
        }
        catch (CapExceeded)
        {
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Error((int)ex.Start.Line, (int)ex.Start.Column, CleanMessage(ex.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this when the text ends inside an open flow collection or quote.
            diagnostics.Error(state.LastLine, state.LastColumn,
                "invalid YAML: the file ends inside an unclosed bracket, brace or quote that starts here or after");
            return null;
        }
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes its messages with "(Line: x, Col: y, Idx: z) - (…): "; the location is ours to print.
        var idx = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = idx >= 0 ? message[(idx + 3)..] : message;
        return "invalid YAML: " + text.Trim().TrimEnd('.');
    }

    private sealed class CapExceeded : Exception { }

    private sealed class State
    {
        private readonly IParser _parser;
        private readonly DiagnosticBag _diagnostics;
        private readonly YamlLimits _limits;
        private readonly Dictionary<string, (YNode Node, long Size)> _anchors = new();
        private long _expanded;

        public int LastLine { get; private set; } = 1;

        public int LastColumn { get; private set; } = 1;

        public State(IParser parser, DiagnosticBag diagnostics, YamlLimits limits)
        {
            _parser = parser;
            _diagnostics = diagnostics;
            _limits = limits;
        }

        public YNode? ReadStream()
        {
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                _diagnostics.Error(1, 1, "the file is empty");
                return null;
            }

            _parser.Consume<DocumentStart>();
            var (root, _) = ReadNode(1);
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var second))
            {
                _diagnostics.Error((int)second.Start.Line, (int)second.Start.Column,
                    "only one YAML document is allowed per file");
                return null;
            }

            return root;
        }

        private (YNode Node, long Size) ReadNode(int depth)
        {
            var current = _parser.Current ?? throw new InvalidOperationException("parser has no current event");
            LastLine = (int)current.Start.Line;
            LastColumn = (int)current.Start.Column;
            if (depth > _limits.MaxDepth)
            {
                Fail(current.Start, $"nesting is deeper than {_limits.MaxDepth} levels");
            }

            switch (current)
            {
                case AnchorAlias alias:
                    _parser.MoveNext();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        Fail(alias.Start, $"alias *{alias.Value.Value} refers to no anchor");
                    }

                    Count(alias.Start, target.Size);
                    return target;
                case Scalar scalar:
                    _parser.MoveNext();
                    var node = new YScalar(scalar.Value, scalar.Style == ScalarStyle.Plain,
                        (int)scalar.Start.Line, (int)scalar.Start.Column);
                    Count(scalar.Start, 1);
                    return Remember(scalar.Anchor, node, 1);
                case SequenceStart seqStart:
                {
                    _parser.MoveNext();
                    var seq = new YSeq((int)seqStart.Start.Line, (int)seqStart.Start.Column);
                    long size = 1;
                    Count(seqStart.Start, 1);
                    while (!_parser.Accept<SequenceEnd>(out _))
                    {
                        var (item, itemSize) = ReadNode(depth + 1);
                        seq.Items.Add(item);
                        size += itemSize;
                    }

                    _parser.MoveNext();
                    return Remember(seqStart.Anchor, seq, size);
                }

                case MappingStart mapStart:
                {
                    _parser.MoveNext();
                    var map = new YMap((int)mapStart.Start.Line, (int)mapStart.Start.Column);
                    long size = 1;
                    Count(mapStart.Start, 1);
                    while (!_parser.Accept<MappingEnd>(out _))
                    {
                        var keyEvent = _parser.Current!;
                        var (key, keySize) = ReadNode(depth + 1);
                        var (value, valueSize) = ReadNode(depth + 1);
                        size += keySize + valueSize;
                        if (key is not YScalar scalarKey)
                        {
                            _diagnostics.Error((int)keyEvent.Start.Line, (int)keyEvent.Start.Column,
                                "keys must be plain names, not lists or mappings");
                            continue;
                        }

                        map.Entries.Add(new KeyValuePair<YScalar, YNode>(scalarKey, value));
                    }

                    _parser.MoveNext();
                    return Remember(mapStart.Anchor, map, size);
                }

                default:
                    Fail(current.Start, $"unexpected YAML event {current.GetType().Name}");
                    return default;
            }
        }

        private (YNode, long) Remember(AnchorName anchor, YNode node, long size)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = (node, size);
            }

            return (node, size);
        }

        private void Count(Mark at, long nodes)
        {
            _expanded += nodes;
            if (_expanded > _limits.MaxExpandedNodes)
            {
                Fail(at, $"the document expands to more than {_limits.MaxExpandedNodes} nodes (alias or anchor expansion)");
            }
        }

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        private void Fail(Mark at, string message)
        {
            _diagnostics.Error((int)at.Line, (int)at.Column, message);
            throw new CapExceeded();
        }
    }
}
