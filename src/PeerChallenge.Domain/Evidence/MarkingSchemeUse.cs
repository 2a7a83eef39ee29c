namespace PeerChallenge.Domain.Evidence;

/// <summary>Whether a marking's scheme is the one in use on a date (<see cref="SecurityMarking.IsInUseOn"/>): certainly, certainly not, or not certain.</summary>
public enum MarkingSchemeUse
{
    /// <summary>Not certain: the date spans 2 April 2014 (a month such as <c>2014-04</c>, the year <c>2014</c>) or is approximate.</summary>
    Undetermined = 0,

    /// <summary>The marking's scheme is certainly the one in use on every day the date may be.</summary>
    InUse = 1,

    /// <summary>The marking's scheme is certainly not in use on any day the date may be: the marking is of the wrong scheme (PC0705).</summary>
    NotInUse = 2,
}
