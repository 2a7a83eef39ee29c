using Microsoft.Playwright;

namespace PeerChallenge.Reports.Tests.Browser;

/// <summary>
/// The system's Chromium driven by Playwright (Playwright's own browser download is not used). In CI a missing browser
/// fails the tests (<c>.ci/run</c> installs Debian's <c>chromium</c>); elsewhere they skip with a message.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    /// <summary>Gets the browser's path: <c>PEER_CHALLENGE_CHROMIUM</c> when set, else the first of the usual places that exists; null when none.</summary>
    internal static string? Executable { get; } =
        Environment.GetEnvironmentVariable("PEER_CHALLENGE_CHROMIUM") is { Length: > 0 } configured ? configured : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Skips the test (or fails it in CI) when there is no browser.</summary>
    internal static string Require()
    {
        if (Executable is { } path && File.Exists(path))
        {
            return path;
        }

        const string message = "No Chromium found (looked for PEER_CHALLENGE_CHROMIUM, /usr/bin/chromium and the usual places): install Debian's chromium to run the browser tests.";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
        return null!;
    }

    /// <summary>Opens a new headless browser and a page of the given width with <paramref name="html"/> loaded, recording every request the page makes.</summary>
    internal static async Task<(IPlaywright Playwright, IBrowser Browser, IPage Page, List<string> Requests)> OpenAsync(string html, int width = 1024)
    {
        var executable = Require();
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.RouteAsync("**/*", route => route.AbortAsync());
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return (playwright, browser, page, requests);
    }
}
