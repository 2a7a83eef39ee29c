namespace PeerChallenge.Domain.Evidence;

/// <summary>Built-in response scales for <see cref="Question.Options"/>.</summary>
public static class ResponseScale
{
    /// <summary>
    /// Gets the five-point agreement scale with don't know: <c>strongly-agree</c>, <c>agree</c>, <c>neither</c>
    /// (neither agree nor disagree), <c>disagree</c>, <c>strongly-disagree</c>, <c>dont-know</c>, in that order.
    /// </summary>
    public static IReadOnlyList<ResponseOption> AgreeToDisagree { get; } = Array.AsReadOnly<ResponseOption>(
    [
        new() { Code = "strongly-agree", Label = "Strongly agree" },
        new() { Code = "agree", Label = "Agree" },
        new() { Code = "neither", Label = "Neither agree nor disagree" },
        new() { Code = "disagree", Label = "Disagree" },
        new() { Code = "strongly-disagree", Label = "Strongly disagree" },
        new() { Code = "dont-know", Label = "Don't know" },
    ]);
}
