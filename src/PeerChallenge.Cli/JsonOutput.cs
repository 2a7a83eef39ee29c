using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PeerChallenge.Cli;

/// <summary>Writes a command's JSON result (indented, non-ASCII kept as it is) to the terminal's output.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a JSON writer and writes the document, then a newline, to <paramref name="output"/>.</summary>
    internal static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }
}
