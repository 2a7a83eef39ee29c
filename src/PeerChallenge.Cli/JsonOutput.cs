using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PeerChallenge.Cli;

/// <summary>Writes a command's JSON result (indented, non-ASCII kept as it is) to the terminal's output.</summary>
/// <remarks>
/// The relaxed encoder keeps non-ASCII letters as they are but still escapes every control character (C0, DEL, C1)
/// and the line and paragraph separators, so a value from a record cannot reach the terminal raw.
/// </remarks>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="write"/> on a JSON writer and writes the document, then a newline, to <paramref name="output"/>.</summary>
    internal static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new Streamed(output);
        write(stream.Writer);
        stream.End();
    }

    /// <summary>
    /// A JSON document written to <paramref name="output"/> in parts, as it is made: <see cref="Send"/> writes what the
    /// <see cref="Writer"/> holds so far, so a long result does not have to be held in memory.
    /// </summary>
    internal sealed class Streamed(TextWriter output) : IDisposable
    {
        private readonly MemoryStream _buffer = new();

        private Utf8JsonWriter? _writer;

        /// <summary>The writer of the document.</summary>
        internal Utf8JsonWriter Writer => _writer ??= new Utf8JsonWriter(_buffer, Options);

        /// <summary>Writes the document so far to the output.</summary>
        internal void Send()
        {
            Writer.Flush();
            if (_buffer.Length > 0)
            {
                output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
                _buffer.SetLength(0);
            }
        }

        /// <summary>Writes the rest of the document, then a newline.</summary>
        internal void End()
        {
            Send();
            output.WriteLine();
        }

        public void Dispose()
        {
            _writer?.Dispose();
            _buffer.Dispose();
        }
    }
}
