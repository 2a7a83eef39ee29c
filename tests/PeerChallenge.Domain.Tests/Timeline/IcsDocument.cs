using System.Text;

namespace PeerChallenge.Domain.Tests.Timeline;

/// <summary>
/// A deliberately small RFC 5545 reader for tests: checks the physical lines (CRLF only, at most 75 octets,
/// continuation lines start with one space), unfolds them, and splits the calendar into components.
/// </summary>
internal sealed class IcsDocument
{
    private IcsDocument(IReadOnlyList<string> physicalLines, IReadOnlyList<IcsProperty> calendar, IReadOnlyList<IReadOnlyList<IcsProperty>> events)
    {
        PhysicalLines = physicalLines;
        Calendar = calendar;
        Events = events;
    }

    public IReadOnlyList<string> PhysicalLines { get; }

    public IReadOnlyList<IcsProperty> Calendar { get; }

    public IReadOnlyList<IReadOnlyList<IcsProperty>> Events { get; }

    public static IcsDocument Parse(string text)
    {
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        Assert.All(physical, line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"Line longer than 75 octets: {line}");
        });

        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                Assert.NotEmpty(logical);
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        Assert.Equal("BEGIN:VCALENDAR", logical[0]);
        Assert.Equal("END:VCALENDAR", logical[^1]);
        var calendar = new List<IcsProperty>();
        var events = new List<IReadOnlyList<IcsProperty>>();
        List<IcsProperty>? current = null;
        foreach (var line in logical.Skip(1).SkipLast(1))
        {
            if (line == "BEGIN:VEVENT")
            {
                Assert.Null(current);
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                Assert.NotNull(current);
                events.Add(current);
                current = null;
            }
            else
            {
                (current ?? calendar).Add(IcsProperty.Parse(line));
            }
        }

        Assert.Null(current);
        return new IcsDocument(physical, calendar, events);
    }
}

/// <summary>One content line: name, parameters (<c>VALUE=DATE</c>) and value, TEXT escapes undone by <see cref="Text"/>.</summary>
internal sealed record IcsProperty(string Name, string Parameters, string Value)
{
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            for (var i = 0; i < Value.Length; i++)
            {
                if (Value[i] == '\\')
                {
                    i++;
                    text.Append(Value[i] is 'n' or 'N' ? '\n' : Value[i]);
                }
                else
                {
                    Assert.True(Value[i] is not (';' or ','), $"Unescaped '{Value[i]}' in {Name}: {Value}");
                    text.Append(Value[i]);
                }
            }

            return text.ToString();
        }
    }

    public static IcsProperty Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        Assert.True(colon > 0, $"Not a content line: {line}");
        var head = line[..colon];
        var semicolon = head.IndexOf(';', StringComparison.Ordinal);
        return semicolon < 0 ? new IcsProperty(head, string.Empty, line[(colon + 1)..]) : new IcsProperty(head[..semicolon], head[(semicolon + 1)..], line[(colon + 1)..]);
    }
}
