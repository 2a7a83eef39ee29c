namespace PeerChallenge.Domain.AotSmoke;

/// <summary>Collects the outcome of each check, so one run reports every mismatch at once.</summary>
internal sealed class SmokeChecks
{
    private int _passed;

    public int Failed { get; private set; }

    public void Equal<T>(T expected, T actual, string what)
    {
        if (EqualityComparer<T>.Default.Equals(expected, actual))
        {
            _passed++;
            return;
        }

        Failed++;
        Console.Error.WriteLine($"FAIL {what}: expected <{expected}>, got <{actual}>");
    }

    public void True(bool condition, string what) => Equal(true, condition, what);

    public void Throws<TException>(Action action, string what)
        where TException : Exception
    {
        try
        {
            action();
            Failed++;
            Console.Error.WriteLine($"FAIL {what}: expected {typeof(TException).Name}, nothing was thrown");
        }
        catch (TException)
        {
            _passed++;
        }
        catch (Exception ex)
        {
            Failed++;
            Console.Error.WriteLine($"FAIL {what}: expected {typeof(TException).Name}, got {ex.GetType().Name}: {ex.Message}");
        }
    }

    public void Section(string name) => Console.WriteLine($"-- {name}");

    public int Summarise()
    {
        Console.WriteLine($"AOT smoke: {_passed} checks passed, {Failed} failed");
        return Failed == 0 ? 0 : 1;
    }
}
