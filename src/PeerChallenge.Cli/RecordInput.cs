using PeerChallenge.Domain;
using PeerChallenge.Domain.Serialization;

namespace PeerChallenge.Cli;

/// <summary>Reads the one record a command such as <c>tables</c> or <c>timetable</c> works on.</summary>
internal static class RecordInput
{
    /// <summary>
    /// Reads the record in <paramref name="file"/> (<c>-</c> for standard input, up to the reader's size limit), or says on
    /// standard error, prefixed with <paramref name="command"/>, why it cannot: no such file, a folder, not a record (with
    /// the reader's errors).
    /// </summary>
    /// <returns>True with the record; false when it cannot be read (the command exits 2).</returns>
    internal static bool TryRead(string command, string file, Terminal terminal, out ChallengeRecord record)
    {
        record = null!;
        Stream source;
        try
        {
            if (file != "-" && Directory.Exists(file))
            {
                terminal.Error.WriteLine($"{command}: cannot read '{TerminalText.Escape(file)}': it is a folder, not a file.");
                return false;
            }

            source = file == "-" ? terminal.OpenInput() : File.OpenRead(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            terminal.Error.WriteLine($"{command}: cannot open '{TerminalText.Escape(file)}': {TerminalText.Escape(Reason(ex))}.");
            return false;
        }

        try
        {
            var bounded = new BoundedReadStream(source, ChallengeReaderOptions.Default.MaxDocumentBytes + 1);
            var read = ChallengeRecordReader.Read(bounded);
            if (!read.Succeeded)
            {
                terminal.Error.WriteLine($"{command}: {TerminalText.Escape(file)} cannot be read as a peer challenge record:");
                foreach (var issue in read.Issues.Where(i => i.IsError))
                {
                    terminal.Error.WriteLine($"  error   {issue.Code}  {(issue.Path.IsRoot ? "/" : TerminalText.Escape(issue.Path.ToString()))}  {TerminalText.Escape(issue.Message)}");
                }

                return false;
            }

            record = read.Value;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"{command}: cannot read '{TerminalText.Escape(file)}': {TerminalText.Escape(Reason(ex))}.");
            return false;
        }
        finally
        {
            if (file != "-")
            {
                source.Dispose();
            }
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message.TrimEnd('.'),
    };

    /// <summary>
    /// Checks the record and, when it has errors, writes <c>COMMAND: note: FILE has N errors ('peer-challenge validate'
    /// lists them); CONSEQUENCE</c> to standard error: a command that works on the record as it is says so, and its exit
    /// code does not change.
    /// </summary>
    internal static void NoteErrors(string command, string file, ChallengeRecord record, Terminal terminal, string consequence)
    {
        var errors = new ChallengeRecordValidator().ValidateRecord(record).Count(i => i.IsError);
        if (errors > 0)
        {
            terminal.Error.WriteLine(
                $"{command}: note: {TerminalText.Escape(file)} has {(errors == 1 ? "1 error" : $"{errors} errors")} ('peer-challenge validate' lists them); {consequence}");
        }
    }
}
