using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatAssistant.Content;

/// <summary>Parses a content file, turning every YAML error into a <see cref="ContentException"/> with its line.</summary>
internal static class YamlDocuments
{
    /// <param name="expected">What the file should hold, said to the officer when it holds something else.</param>
    public static YamlMappingNode LoadMapping(string file, string expected)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            var parser = new Parser(reader);
            try
            {
                stream.Load(parser);
            }
            catch (YamlException ex)
            {
                throw new ContentException(file, (int)ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}");
            }
            catch (InvalidOperationException ex)
            {
                // YamlDotNet reports some unclosed brackets this way, without a position of its own.
                throw new ContentException(file, (int)(parser.Current?.Start.Line ?? 1), $"not valid YAML (an unclosed bracket or quote?): {ex.Message}");
            }
        }
        return stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new ContentException(file, 1, $"expected {expected}");
    }
}
